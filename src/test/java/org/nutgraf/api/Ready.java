package org.nutgraf.api;

import static io.restassured.RestAssured.given;

/** Waits until the service under test is ready: its CoreNLP pipelines load in the background after the port opens. */
public final class Ready {

    private static volatile int readyPort = -1;

    private Ready() {
    }

    /** Returns at once once ready on the current port; else polls readiness for up to three minutes. */
    public static void await() {
        int port = io.restassured.RestAssured.port;
        if (readyPort == port) {
            return;
        }
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (given().when().get("/q/health/ready").statusCode() == 200) {
                    readyPort = port;
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the service did not become ready in three minutes");
    }
}
