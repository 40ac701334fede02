package io.tokenstack.advisor.pricing;

/**
 * Where a price came from and as of when, so every number shown can name its origin.
 *
 * @param key short name that catalog entries refer to
 * @param title what the source is
 * @param reference file, address or repository path of the source
 * @param asOf ISO date the price was valid on (or was read, see {@code dateKind})
 * @param dateKind {@code published}, {@code snapshot} or {@code retrieved}
 */
public record PriceSource(String key, String title, String reference, String asOf,
        String dateKind) {
}
