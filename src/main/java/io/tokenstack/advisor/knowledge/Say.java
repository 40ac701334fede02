package io.tokenstack.advisor.knowledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;

/**
 * Number formats for the sentences rules write. Rounding happens here, at display, and
 * nowhere earlier.
 */
public final class Say {

    private Say() {
    }

    /** {@code $1,234.56}; amounts under a dollar keep four decimals. */
    public static String usd(BigDecimal amount) {
        if (amount == null) {
            return "n/a";
        }
        boolean small = amount.abs().compareTo(BigDecimal.ONE) < 0 && amount.signum() != 0;
        DecimalFormat format = new DecimalFormat(small ? "#,##0.0000" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String text = format.format(amount.abs());
        return (amount.signum() < 0 ? "-$" : "$") + text;
    }

    /** A share (0.8) as a percentage ({@code 80%}). */
    public static String pct(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** A percentage already in percent units. */
    public static String percent(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + "%";
    }

    public static String days(BigDecimal days) {
        if (days == null) {
            return "never";
        }
        return days.setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + " working days";
    }

    public static String number(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    public static String tokens(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    public static String list(Collection<String> items) {
        return String.join(", ", items);
    }
}
