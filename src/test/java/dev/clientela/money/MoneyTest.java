package dev.clientela.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Amounts of money: two decimals always, never negative, never above what is stored. */
class MoneyTest {

    @Test
    void writesEveryAmountWithTwoDecimals() {
        Money price = new Money(new BigDecimal("35"), "PEN");

        assertThat(price.amount()).hasToString("35.00");
        assertThat(price.plus(new Money(new BigDecimal("4.5"), "PEN")).amount()).hasToString("39.50");
    }

    @Test
    void refusesANegativeAmountAndOneAboveTheLargestStored() {
        assertThatThrownBy(() -> new Money(new BigDecimal("-0.01"), "HNL"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(Money.MAX.add(new BigDecimal("0.01")), "HNL"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Money(Money.MAX, "HNL").amount()).isEqualByComparingTo(Money.MAX);
    }

    @Test
    void roundsComputedAmountsToTheNearestCentButNeverDropsCentsSilently() {
        assertThat(Money.cents(new BigDecimal("3").multiply(new BigDecimal("1.335"))))
                .hasToString("4.01");
        assertThatThrownBy(() -> Money.exact(new BigDecimal("10.005"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void sharesAnAmountInEqualPartsCutAsTold() {
        assertThat(Money.share(new BigDecimal("100.00"), 3, RoundingMode.DOWN)).hasToString("33.33");
        assertThat(Money.share(new BigDecimal("100.00"), 3, RoundingMode.HALF_UP))
                .hasToString("33.33");
        assertThat(Money.share(new BigDecimal("200.00"), 3, RoundingMode.HALF_UP))
                .hasToString("66.67");
        assertThat(Money.fits(Money.MAX)).isTrue();
        assertThat(Money.fits(Money.MAX.add(BigDecimal.ONE))).isFalse();
    }
}
