package io.github.seatablespring.samples.importer;

import java.time.Duration;

/**
 * What the import job did.
 *
 * @param rowsWritten rows appended, updated and deleted
 * @param requests HTTP requests sent, token exchanges included
 * @param quotaLeft requests left in the base's 24-hour quota, or -1 if the quota is off
 * @param elapsed how long the job took
 */
public record ImportSummary(int rowsWritten, int requests, int quotaLeft, Duration elapsed) {
}
