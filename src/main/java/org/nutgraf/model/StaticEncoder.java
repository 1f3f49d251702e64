package org.nutgraf.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence vectors without a neural network at run time: every word piece of a BERT vocabulary has a fixed vector,
 * distilled once from a sentence encoder (the lab's {@code vectors-train} passes each piece through
 * all-MiniLM-L6-v2 alone, as Model2Vec does), and a sentence's vector is the weighted mean of its pieces' vectors,
 * scaled to length 1 (the weights make frequent pieces count less: SIF, Arora et al. 2017). The pieces are BERT's:
 * lower case, accents stripped, punctuation apart, then the longest vocabulary prefix first, continued with
 * {@code ##}. Costs microseconds a sentence. Immutable and thread-safe.
 */
public final class StaticEncoder {

    private static final String CONTINUED = "##";
    private static final int LONGEST_WORD = 100;
    private static final int MAGIC = 0x4E475645; // "NGVE"

    private final Map<String, Integer> ids;
    /** Each piece's vector as bytes, times {@link #scales}: a quarter of the memory of floats. */
    private final byte[][] codes;
    private final float[] scales;
    private final float[] weights;
    private final int dimensions;
    private final String provenance;

    /**
     * @param pieces  the vocabulary's word pieces, continuations written with {@code ##}
     * @param vectors one vector per piece, all of one length
     */
    public StaticEncoder(List<String> pieces, float[][] vectors) {
        this(pieces, vectors, null);
    }

    /**
     * @param pieces  the vocabulary's word pieces, continuations written with {@code ##}
     * @param vectors one vector per piece, all of one length
     * @param weights one weight per piece, how much it counts in a sentence's mean; null for all 1
     */
    public StaticEncoder(List<String> pieces, float[][] vectors, float[] weights) {
        this(pieces, vectors, weights, "");
    }

    private StaticEncoder(List<String> pieces, float[][] vectors, float[] weights, String provenance) {
        if (pieces.size() != vectors.length || vectors.length == 0
                || weights != null && weights.length != vectors.length) {
            throw new IllegalArgumentException("one vector per piece, at least one: " + pieces.size() + " pieces, "
                    + vectors.length + " vectors");
        }
        this.ids = new HashMap<>(pieces.size() * 2);
        for (int i = 0; i < pieces.size(); i++) {
            ids.put(pieces.get(i), i);
        }
        this.codes = new byte[vectors.length][];
        this.scales = new float[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            float max = 0;
            for (float x : vectors[i]) {
                max = Math.max(max, Math.abs(x));
            }
            scales[i] = max == 0 ? 1 : max / 127;
            codes[i] = new byte[vectors[i].length];
            for (int d = 0; d < vectors[i].length; d++) {
                codes[i][d] = (byte) Math.round(vectors[i][d] / scales[i]);
            }
        }
        if (weights == null) {
            weights = new float[vectors.length];
            java.util.Arrays.fill(weights, 1f);
        }
        this.weights = weights;
        this.dimensions = vectors[0].length;
        this.provenance = provenance;
    }

    /** The same vectors with these weights. */
    public StaticEncoder weighted(float[] weights) {
        return new StaticEncoder(ids, codes, scales, weights, provenance);
    }

    private StaticEncoder(Map<String, Integer> ids, byte[][] codes, float[] scales, float[] weights,
                          String provenance) {
        if (weights.length != codes.length) {
            throw new IllegalArgumentException("one weight per piece: " + weights.length + " for " + codes.length);
        }
        this.ids = ids;
        this.codes = codes;
        this.scales = scales;
        this.weights = weights;
        this.dimensions = codes[0].length;
        this.provenance = provenance;
    }

    /** The ids of the word pieces of a text made of these words. */
    public List<Integer> pieceIds(List<String> words) {
        List<Integer> out = new ArrayList<>();
        for (String word : words) {
            for (String part : basic(word)) {
                out.addAll(pieces(part));
            }
        }
        return out;
    }

    /** How many word pieces the vocabulary has. */
    public int size() {
        return codes.length;
    }

    /** The length of every vector. */
    public int dimensions() {
        return dimensions;
    }

    /** The vector of a text made of these words (tokens as written), length 1; all zeros when no piece is known. */
    public double[] embed(List<String> words) {
        double[] sum = new double[dimensions];
        int n = 0;
        for (String word : words) {
            for (String part : basic(word)) {
                for (int id : pieces(part)) {
                    byte[] v = codes[id];
                    double w = weights[id] * (double) scales[id];
                    for (int d = 0; d < dimensions; d++) {
                        sum[d] += w * v[d];
                    }
                    n++;
                }
            }
        }
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        if (n == 0 || norm == 0) {
            return sum;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < dimensions; d++) {
            sum[d] /= norm;
        }
        return sum;
    }

    /** BERT's basic split of one word: lower case, accents stripped, each punctuation character apart. */
    static List<String> basic(String word) {
        String lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> parts = new ArrayList<>(2);
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 0 || c == 0xFFFD
                    || Character.isISOControl(c)) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                flush(current, parts);
            } else if (punctuation(c)) {
                flush(current, parts);
                parts.add(new String(Character.toChars(c)));
            } else {
                current.appendCodePoint(c);
            }
        }
        flush(current, parts);
        return parts;
    }

    private static void flush(StringBuilder current, List<String> parts) {
        if (!current.isEmpty()) {
            parts.add(current.toString());
            current.setLength(0);
        }
    }

    /** BERT's punctuation: ASCII symbols and Unicode's punctuation classes. */
    private static boolean punctuation(int c) {
        if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /** The word pieces of one basic part, longest known prefix first; none when it cannot be split. */
    List<Integer> pieces(String part) {
        List<Integer> out = new ArrayList<>(2);
        if (part.length() > LONGEST_WORD) {
            return out;
        }
        int start = 0;
        while (start < part.length()) {
            int end = part.length();
            Integer found = null;
            while (start < end) {
                String piece = (start > 0 ? CONTINUED : "") + part.substring(start, end);
                found = ids.get(piece);
                if (found != null) {
                    break;
                }
                end--;
            }
            if (found == null) {
                return List.of();
            }
            out.add(found);
            start = end;
        }
        return out;
    }

    /**
     * Writes the provenance, then each piece with its weight and its vector, the vector as bytes with its own scale.
     * Equal encoders give equal bytes.
     */
    public void write(OutputStream out, String provenance) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        String[] byId = new String[codes.length];
        ids.forEach((piece, id) -> byId[id] = piece);
        data.writeInt(MAGIC);
        data.writeUTF(provenance);
        data.writeInt(codes.length);
        data.writeInt(dimensions);
        for (int i = 0; i < codes.length; i++) {
            data.writeUTF(byId[i]);
            data.writeFloat(weights[i]);
            data.writeFloat(scales[i]);
            data.write(codes[i]);
        }
        data.flush();
    }

    /** Reads what {@link #write} wrote; the provenance is kept ({@link #provenance()}). */
    public static StaticEncoder read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a static encoder file");
        }
        String provenance = data.readUTF();
        int count = data.readInt();
        int dimensions = data.readInt();
        Map<String, Integer> ids = new HashMap<>(count * 2);
        byte[][] codes = new byte[count][dimensions];
        float[] scales = new float[count];
        float[] weights = new float[count];
        for (int i = 0; i < count; i++) {
            ids.put(data.readUTF(), i);
            weights[i] = data.readFloat();
            scales[i] = data.readFloat();
            data.readFully(codes[i]);
        }
        return new StaticEncoder(ids, codes, scales, weights, provenance);
    }

    /** How the encoder was made, as its file records it; empty for one made in memory. */
    public String provenance() {
        return provenance;
    }
}
