package org.nutgraf.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.nutgraf.nlp.Pipelines;

import java.util.concurrent.CompletionException;

/**
 * One article of a batch, from its JSON to its result line, the same for the batch endpoint and for
 * {@code summarize -}: {@link #accept} parses and checks it (cheap, before any worker is taken), {@link #answer}
 * summarises it; each refusal or failure becomes that article's result line, never a failure of the batch.
 * Thread-safe.
 */
@ApplicationScoped
public class BatchAnswers {

    /**
     * An article of a batch after its checks: accepted, or refused with its result line.
     *
     * @param index    its position in the batch, from 0
     * @param id       the caller's id for it, when given
     * @param accepted the checked article, or null when refused
     * @param refused  its result line when refused, or null
     */
    public record Item(int index, String id, ArticleReading.Accepted accepted, BatchResult refused) {
    }

    private final ArticleReading reading;
    private final SummaryService summaries;
    private final ObjectMapper mapper;

    public BatchAnswers(ArticleReading reading, SummaryService summaries, ObjectMapper mapper) {
        this.reading = reading;
        this.summaries = summaries;
        this.mapper = mapper;
    }

    /** A line that is not JSON: refused, naming the line. */
    public Item notJson(int index, String error) {
        return new Item(index, null, null, failed(index, null, ProblemException.invalid(
                "Line " + (index + 1) + " is not JSON: " + error)));
    }

    /**
     * Parses and checks one article of a batch.
     *
     * @param defaults the options of an article that names none; null for the service's defaults
     */
    public Item accept(int index, JsonNode node, SummaryOptions defaults) {
        BatchItem item;
        try {
            item = mapper.treeToValue(node, BatchItem.class);
        } catch (JsonProcessingException e) {
            return new Item(index, null, null, failed(index, null, ProblemException.invalid("Item " + index
                    + " is not an article: " + ProblemException.firstLine(e.getOriginalMessage()))));
        }
        try {
            SummaryOptions options = item.options() != null ? item.options() : defaults;
            return new Item(index, item.id(), reading.accept(ArticleInput.text(item.text(), item.title()), options),
                    null);
        } catch (ProblemException e) {
            return new Item(index, item.id(), null, failed(index, item.id(), e));
        }
    }

    /** The result line of an article: its summary, or the problem that kept it from one. */
    public BatchResult answer(Item item) {
        if (item.refused() != null) {
            return item.refused();
        }
        try {
            return new BatchResult(item.index(), item.id(), 200, summaries.summarize(item.accepted()), null);
        } catch (RuntimeException e) {
            return failed(item.index(), item.id(), e);
        }
    }

    /** The result line of an article that failed: its problem, as the article alone would have been answered. */
    public static BatchResult failed(int index, String id, Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        Problem problem = t instanceof ProblemException p ? p.toProblem()
                : t instanceof Pipelines.NotReadyException ? Problem.starting()
                : Problem.of("internal-error", "Internal error", 500, "The service failed to summarise this article");
        return new BatchResult(index, id, problem.status(), null, problem);
    }
}
