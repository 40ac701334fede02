package io.tokenstack.advisor.knowledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
        String plain = amount.abs().setScale(small ? 4 : 2, RoundingMode.HALF_EVEN)
                .toPlainString();
        return (amount.signum() < 0 ? "-$" : "$") + grouped(plain);
    }

    /** "saves $5.00", or "costs $5.00 more" when the saving is negative. */
    public static String saves(BigDecimal saving) {
        return saving.signum() < 0 ? "costs " + usd(saving.negate()) + " more"
                : "saves " + usd(saving);
    }

    /** Thousands separators on the whole part of a plain decimal string. */
    static String grouped(String plain) {
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder out = new StringBuilder(plain.length() + end / 3);
        for (int i = 0; i < end; i++) {
            if (i > 0 && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
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
