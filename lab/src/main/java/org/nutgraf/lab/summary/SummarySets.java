package org.nutgraf.lab.summary;

import org.nutgraf.article.Article;
import org.nutgraf.extract.CleanedText;
import org.nutgraf.extract.PastedTextCleaner;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.lab.SharedFolder;
import org.nutgraf.lab.eval.Dataset;
import org.nutgraf.nlp.Reader;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The summary sets the news scorer learns from and is judged on, each split once into train, dev and test by a
 * fixed rule: the first four bytes of SHA-256 of {@code "<set>/<id>"}, as an unsigned number modulo 100, put an
 * article in train below 60, dev below 80, test from 80. The rule depends on nothing but the set's name and the
 * article's id, so a split never changes as sets grow or code changes, and every source has its own test part.
 * Choices (features, regularisation) are made on train and dev; test is scored once per model that would ship.
 */
public final class SummarySets {

    /** The English sets, by their folder names under {@code data/}: CNN highlights, BBC extracts, freelance writers. */
    public static final List<String> SOURCES = Track.ENGLISH.sources();

    private static final PastedTextCleaner CLEANER = new PastedTextCleaner();

    /** A part of the split. */
    public enum Part { TRAIN, DEV, TEST }

    /** One article of a set, read with the service's summary pipeline, with its references. */
    public record Item(String source, String id, Part part, Article article, List<String> references) {
    }

    private SummarySets() {
    }

    /** The part an article belongs to, by the fixed rule above. */
    public static Part part(String source, String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((source + "/" + id).getBytes(StandardCharsets.UTF_8));
            long v = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            long bucket = v % 100;
            return bucket < 60 ? Part.TRAIN : bucket < 80 ? Part.DEV : Part.TEST;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An article read as the service reads plain text by default: page clutter blanked by the pasted-text cleaner
     * (captions, bylines, headlines left in the text), its headline when the set gives none, then the reader; so the
     * scorer learns from and is judged on what it is served.
     */
    static Article asServed(Reader reader, String text, String title) {
        CleanedText cleaned = CLEANER.clean(text);
        return reader.read(cleaned.masked(), title != null && !title.isBlank() ? title : cleaned.title());
    }

    /**
     * The ids of a summary folder that a command may read: for a set of the shared folder (a folder of its
     * {@code data/}), those in its train and dev parts, and those in its test part only when {@code test}; for any
     * other folder every id, since no split of ours applies to it. Each part kept is recorded in {@link PartsRead}.
     * A set held out whole ({@link #heldOut}) is the caller's to refuse or allow before this.
     */
    public static List<String> readable(SharedFolder shared, Path folder, List<String> ids, boolean test) {
        Optional<String> set = setOf(shared, folder);
        if (set.isEmpty()) {
            PartsRead.record(folder.toAbsolutePath().normalize().toString(), PartsRead.WHOLE);
            return ids;
        }
        List<String> kept = new ArrayList<>();
        for (String id : ids) {
            Part part = part(set.get(), id);
            if (part != Part.TEST || test) {
                PartsRead.record(set.get(), part);
                kept.add(id);
            }
        }
        return kept;
    }

    /** Whether the folder is a set of the shared folder that a track holds out whole ({@link Track#unseen()}). */
    public static boolean heldOut(SharedFolder shared, Path folder) {
        return setOf(shared, folder).filter(set -> Arrays.stream(Track.values())
                .anyMatch(t -> t.unseen().contains(set))).isPresent();
    }

    /** The set's name when the folder is one under the shared folder's {@code data/}. */
    private static Optional<String> setOf(SharedFolder shared, Path folder) {
        Path data = shared.root().resolve("data").toAbsolutePath().normalize();
        Path dir = folder.toAbsolutePath().normalize();
        return data.equals(dir.getParent()) ? Optional.of(dir.getFileName().toString()) : Optional.empty();
    }

    /** The sets present under the shared folder. */
    public static List<Path> present(SharedFolder shared) {
        return SOURCES.stream().map(shared::data).filter(Files::isDirectory).toList();
    }

    /**
     * Reads the articles of the given parts of every present English set with the service's summary pipeline, on all
     * cores; {@code limit} keeps the first ids of each set (0 for all).
     */
    public static List<Item> read(SharedFolder shared, List<Part> parts, int limit, PrintWriter progress) {
        return read(shared, Track.ENGLISH, parts, limit, progress);
    }

    /** Reads the given parts of a track's present sets as the service reads them, on all cores. */
    public static List<Item> read(SharedFolder shared, Track track, List<Part> parts, int limit, PrintWriter progress) {
        return read(shared, track, track.sources(), parts, limit, progress);
    }

    /**
     * The files {@link #read} reads for these parts of a track's present sets: each set's {@code titles.tsv} when it
     * has one, and the article and reference files of its articles in the parts.
     */
    public static List<Path> files(SharedFolder shared, Track track, List<Part> parts, int limit) {
        List<Path> files = new ArrayList<>();
        for (String source : track.sources()) {
            Path dir = shared.data(source);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Dataset set = Dataset.open(dir, limit);
            if (Files.exists(dir.resolve("titles.tsv"))) {
                files.add(dir.resolve("titles.tsv"));
            }
            for (String id : set.ids()) {
                if (parts.contains(part(source, id))) {
                    files.add(dir.resolve("articles").resolve(id + ".txt"));
                    files.addAll(set.references().get(id));
                }
            }
        }
        return files;
    }

    /**
     * Reads the given parts of some sets, by folder name, as the track's reader reads them, on all cores; each part
     * handed out is recorded in {@link PartsRead}.
     */
    public static List<Item> read(SharedFolder shared, Track track, List<String> sources, List<Part> parts, int limit,
                                  PrintWriter progress) {
        Reader reader = track.reader();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Item>> futures = new ArrayList<>();
            for (String source : sources) {
                Path dir = shared.data(source);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                Dataset set = Dataset.open(dir, limit);
                for (String id : set.ids()) {
                    Part part = part(source, id);
                    if (parts.contains(part)) {
                        PartsRead.record(source, part);
                        futures.add(pool.submit(() -> new Item(source, id, part,
                                asServed(reader, set.article(id), set.title(id)), set.referenceTexts(id))));
                    }
                }
            }
            progress.printf("reading %d articles (%s) on %d threads...%n", futures.size(), reader.annotators(), threads);
            progress.flush();
            List<Item> items = new ArrayList<>(futures.size());
            for (Future<Item> f : futures) {
                items.add(f.get());
            }
            return items;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
