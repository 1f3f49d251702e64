package org.nutgraf.lab.claims;

import org.nutgraf.article.Article;
import org.nutgraf.claims.KeyClaim;
import org.nutgraf.claims.KeyClaimFinder;
import org.nutgraf.extract.CleanedText;
import org.nutgraf.extract.PastedTextCleaner;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.lab.Timing;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code claims-bench}: an article's key claims and what they cost: p50 ms per article (20 runs after 10 warm-up
 * runs) for the summary pipeline, for the claims pipeline, and for finding claims in an article already read.
 */
@Command(name = "claims-bench",
        description = {"An article's key claims and what finding them costs",
                "p50 ms per article (20 runs after 10 warm-up runs) of both pipelines and of finding the claims."})
public final class ClaimsOnArticle implements Callable<Integer> {

    @Mixin
    private Invocation invocation;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "the article, plain text as pasted; read as the service reads it, after the pasted-text "
                    + "cleaner (default: SHARED/samples/kazakhstan-oped-pasted.txt)")
    private Path file;

    @Override
    public Integer call() throws IOException {
        Path path = file != null ? file : invocation.shared().sample("kazakhstan-oped-pasted.txt");
        if (!invocation.present(path)) {
            return 0;
        }
        PartsRead.recordPath(path);
        PrintWriter out = invocation.out();
        // as the service serves pasted text: the cleaner masks what it removes, offsets stay those of the file
        CleanedText cleaned = new PastedTextCleaner().clean(Files.readString(path));
        String text = cleaned.masked();
        PipelineSettings summarySettings = PipelineSettings.bundled(Pipelines.Need.SUMMARY);
        PipelineSettings claimsSettings = PipelineSettings.bundled(Pipelines.Need.CLAIMS);
        ArticleReader summary = ArticleReader.load(summarySettings);
        ArticleReader claims = ArticleReader.load(claimsSettings);
        KeyClaimFinder finder = KeyClaimFinder.withBundledModel();
        Article article = claims.read(text, null);
        out.printf("%s: %d sentences, %d words%n", path, article.sentences().size(), article.wordCount());
        out.printf("summary pipeline (%s): %.1f ms p50; loaded in %d ms%n", summarySettings.annotators(),
                Timing.p50Millis(() -> summary.read(text, null), 10, 20), summary.loadMillis());
        out.printf("claims pipeline (%s, %s): %.1f ms p50; loaded in %d ms%n", claimsSettings.annotators(),
                claimsSettings.properties(), Timing.p50Millis(() -> claims.read(text, null), 10, 20),
                claims.loadMillis());
        out.printf("finding claims in the read article: %.2f ms p50%n%n",
                Timing.p50Millis(() -> finder.find(article), 10, 20));
        for (KeyClaim c : finder.find(article, 100, 0)) {
            out.printf("%.3f %-12s [%s | %s] %s%n    %s%n", c.checkWorthiness(), c.type(), c.speaker(),
                    c.attribution(), c.text(), c.signals().stream().map(s -> s.kind() + ":" + s.text()
                            + (s.value() != null ? "=" + s.value() : "") + (s.unit() != null ? " " + s.unit() : "")).toList());
        }
        return 0;
    }
}
