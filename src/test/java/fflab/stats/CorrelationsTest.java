package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pearson and Spearman correlations")
class CorrelationsTest {
    /** Hollander and Wolfe (1973, p. 187f.), R's ?cor.test example: Hunter L lightness and panel scores of 9 lots of tuna. */
    static final double[] X = {44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1};
    static final double[] Y = {2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8};
    /** Ties in both variables. */
    static final double[] TIED_X = {1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8, 8};
    static final double[] TIED_Y = {2, 1, 3, 3, 5, 4, 6, 8, 7, 7, 9, 10};

    @Test
    @DisplayName("Pearson: r and p match R's cor.test")
    void pearsonMatchesR() {
        Correlation c = Correlations.pearson(X, Y);
        // R: cor.test(x, y) -> t = 1.8411, df = 7, p-value = 0.1082, cor 0.5711816
        // scipy.stats.pearsonr(x, y) -> statistic 0.5711815575638287, pvalue 0.108173054349494
        assertThat(c.method()).isEqualTo("Pearson");
        assertThat(c.r()).isCloseTo(0.5711815575638287, within(1e-12));
        assertThat(c.pValue()).isCloseTo(0.108173054349494, within(1e-9));
        assertThat(c.n()).isEqualTo(9);
    }

    @Test
    @DisplayName("Spearman without ties: rho exact, p by the t approximation as scipy reports it")
    void spearman() {
        Correlation c = Correlations.spearman(X, Y);
        // scipy.stats.spearmanr(x, y) -> statistic 0.6, pvalue 0.08762282904140249
        // (R's cor.test(x, y, method = "spearman") gives rho 0.6 too, but an exact p, which differs by design)
        assertThat(c.r()).isCloseTo(0.6, within(1e-12));
        assertThat(c.pValue()).isCloseTo(0.08762282904140249, within(1e-9));
    }

    @Test
    @DisplayName("Spearman with ties uses average ranks")
    void spearmanWithTies() {
        Correlation c = Correlations.spearman(TIED_X, TIED_Y);
        // scipy.stats.spearmanr(tied_x, tied_y) -> statistic 0.9521516061460585, pvalue 1.822361575494705e-06
        assertThat(c.method()).isEqualTo("Spearman");
        assertThat(c.r()).isCloseTo(0.9521516061460585, within(1e-12));
        assertThat(c.pValue()).isCloseTo(1.822361575494705e-06, within(1e-12));
        // scipy.stats.pearsonr(tied_x, tied_y) -> statistic 0.9332502927129747, pvalue 9.323069037555514e-06
        Correlation p = Correlations.pearson(TIED_X, TIED_Y);
        assertThat(p.r()).isCloseTo(0.9332502927129747, within(1e-12));
        assertThat(p.pValue()).isCloseTo(9.323069037555514e-06, within(1e-12));
    }

    @Test
    @DisplayName("a monotone but curved relation: Spearman 1, Pearson below 1")
    void monotone() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {1, 8, 27, 64, 125, 216};
        assertThat(Correlations.spearman(x, y).r()).isCloseTo(1.0, within(1e-12));
        assertThat(Correlations.spearman(x, y).pValue()).isZero();
        assertThat(Correlations.pearson(x, y).r()).isLessThan(0.99);
    }

    @Test
    @DisplayName("fewer than 3 pairs or a constant variable: NaN r and p")
    void undefined() {
        Correlation two = Correlations.pearson(new double[] {1, 2}, new double[] {3, 5});
        assertThat(two.r()).isNaN();
        assertThat(two.pValue()).isNaN();
        assertThat(two.n()).isEqualTo(2);
        Correlation flat = Correlations.spearman(new double[] {1, 2, 3, 4}, new double[] {7, 7, 7, 7});
        assertThat(flat.r()).isNaN();
        assertThat(flat.pValue()).isNaN();
    }
}
