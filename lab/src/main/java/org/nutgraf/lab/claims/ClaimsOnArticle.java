package org.nutgraf.lab.claims;

import org.nutgraf.article.Article;
import org.nutgraf.claims.KeyClaim;
import org.nutgraf.claims.KeyClaimFinder;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.Pipelines;
import org.nutgraf.nlp.PipelineSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prints an article's key claims and what they cost: p50 ms per article (20 runs after 10 warm-up runs) for the
 * summary pipeline, for the claims pipeline, and for finding claims in an article already read.
 * Run: {@code ./mvnw -B -q -Pclaims-article test-compile exec:java [-Dclaims.article=FILE]}.
 */
public final class ClaimsOnArticle {

    private ClaimsOnArticle() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0]
                : ClaimSets.shared().resolve("samples/kazakhstan-oped-pasted.txt").toString());
        String text = Files.readString(file);
        PipelineSettings summarySettings = PipelineSettings.bundled(Pipelines.Need.SUMMARY);
        PipelineSettings claimsSettings = PipelineSettings.bundled(Pipelines.Need.CLAIMS);
        ArticleReader summary = ArticleReader.load(summarySettings);
        ArticleReader claims = ArticleReader.load(claimsSettings);
        KeyClaimFinder finder = KeyClaimFinder.withBundledModel();
        Article article = claims.read(text, null);
        System.out.printf("%s: %d sentences, %d words%n", file, article.sentences().size(), article.wordCount());
        System.out.printf("summary pipeline (%s): %.1f ms p50; loaded in %d ms%n", summarySettings.annotators(),
                p50(() -> summary.read(text, null)), summary.loadMillis());
        System.out.printf("claims pipeline (%s, %s): %.1f ms p50; loaded in %d ms%n", claimsSettings.annotators(),
                claimsSettings.properties(), p50(() -> claims.read(text, null)), claims.loadMillis());
        System.out.printf("finding claims in the read article: %.2f ms p50%n%n", p50(() -> finder.find(article)));
        for (KeyClaim c : finder.find(article, 100, 0)) {
            System.out.printf("%.3f %-12s [%s | %s] %s%n    %s%n", c.checkWorthiness(), c.type(), c.speaker(),
                    c.attribution(), c.text(), c.signals().stream().map(s -> s.kind() + ":" + s.text()
                            + (s.value() != null ? "=" + s.value() : "") + (s.unit() != null ? " " + s.unit() : "")).toList());
        }
    }

    private static double p50(Supplier<?> work) {
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(ms);
        return (ms.get(9) + ms.get(10)) / 2;
    }
}
