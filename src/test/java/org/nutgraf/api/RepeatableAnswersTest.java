package org.nutgraf.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same input and options give the same answer when it is really computed twice. Asked twice in a row, the
 * second answer comes from the answer cache and proves nothing, so the cache is emptied before each computation,
 * and the cache's hits and CoreNLP's reads are counted to show both were computed. In-JVM only: the packaged
 * jar's cache cannot be reached from a test.
 */
@QuarkusTest
class RepeatableAnswersTest {

    @Inject
    @CacheName("answers")
    Cache answers;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    @Test
    void sameInputAndOptionsGiveTheSameAnswerWhenComputedTwice() {
        String first = computedAfresh("?sentences=3");
        String second = computedAfresh("?sentences=3");
        assertEquals(first, second);
    }

    @Test
    void aRepeatWithoutEmptyingTheCacheIsAHitAndReadsNothing() {
        // the reason the test above empties the cache, and the proof its counters can tell a hit from a computation
        computedAfresh("?sentences=2");
        double hits = cacheGets("hit");
        long reads = articlesRead();
        SummaryResourceTest.postText(SummaryResourceTest.OWN, "?sentences=2").then().statusCode(200);
        // a lookup is counted more than once (Caffeine and Quarkus both record it), so: more hits, and no read
        assertTrue(cacheGets("hit") > hits, "the repeat was not answered from the cache");
        assertEquals(reads, articlesRead(), "the repeat was computed again");
    }

    /** The answer, computed (not looked up): the cache is emptied first, and the test checks it was not hit. */
    private String computedAfresh(String query) {
        answers.invalidateAll().await().indefinitely();
        double hits = cacheGets("hit");
        long reads = articlesRead();
        String body = SummaryResourceTest.postText(SummaryResourceTest.OWN, query).then().statusCode(200)
                .extract().asString();
        assertEquals(hits, cacheGets("hit"), "the answer came from the cache");
        assertEquals(reads + 1, articlesRead(), "CoreNLP did not read the article: the answer was not computed");
        return body;
    }

    /** Lookups in the answer cache with this result ("hit" or "miss"). */
    private double cacheGets(String result) {
        return registry.get("cache.gets").tags("cache", "answers", "result", result).functionCounter().count();
    }

    /** Articles CoreNLP has read, over every annotator set (the nutgraf.nlp.time timers). */
    private long articlesRead() {
        return registry.find("nutgraf.nlp.time").timers().stream().mapToLong(Timer::count).sum();
    }
}
