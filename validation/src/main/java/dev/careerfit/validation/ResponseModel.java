package dev.careerfit.validation;

import java.util.Random;

/**
 * A generative model of how a person answers interest items (1 strongly dislike .. 5 strongly like), neither
 * of them the scorer's own noise model (docs/validity.md, "Simulated people"). A person is a latent position
 * (1-5) per area; a model draws the person's style once and then answers items, 0 meaning skipped.
 */
public interface ResponseModel {
    String name();

    /** A person's answering style, drawn once per person and kept across takes. */
    Style style(Random random);

    /** One answer to one item of an area where the person's position is {@code position}; 0 when skipped. */
    int answer(double position, Style style, Random random);

    /** A person's style: a free vector of parameters, meaning what the model says. */
    record Style(double[] values) {
        public Style {
            values = values.clone();
        }

        double get(int i) {
            return values[i];
        }
    }

    /**
     * Samejima's graded-response model with item discrimination 1.5-2.5, thresholds at -1.5, -0.5, 0.5, 1.5
     * around the item's location (sd 0.3), a person-level acquiescence shift (sd 0.3 of a step), and careless
     * answering: each person answers a share of items (Beta(1, 9), mean 10%) uniformly at random. Its eight-item
     * area scores are about as reliable as the Interest Profiler Short Form's published ten-item ones (alpha 0.85,
     * retest 0.85; docs/validity.md, "How noisy the models are").
     */
    ResponseModel GRADED_RESPONSE = new ResponseModel() {
        @Override
        public String name() {
            return "graded response, acquiescence and careless answers";
        }

        @Override
        public Style style(Random random) {
            double careless = beta19(random);
            return new Style(new double[] {0.3 * random.nextGaussian(), careless});
        }

        @Override
        public int answer(double position, Style style, Random random) {
            if (random.nextDouble() < style.get(1)) {
                return 1 + random.nextInt(5);
            }
            double theta = position - 3 + style.get(0);
            double a = 1.5 + random.nextDouble();
            double location = 0.3 * random.nextGaussian();
            double u = random.nextDouble();
            int x = 1;
            for (double b : new double[] {-1.5, -0.5, 0.5, 1.5}) {
                double pAtLeast = 1 / (1 + Math.exp(-a * (theta - b - location)));
                if (u < pAtLeast) {
                    x++;
                }
            }
            return x;
        }
    };

    /**
     * A threshold model with a person's own response style: the answer is the position plus normal noise
     * (person sd 0.4-0.9), cut at 1.5, 2.5, 3.5, 4.5 stretched or squeezed around the middle by a person factor
     * (log-normal, sd 0.35: extreme or middling answerers), with 10% of items skipped at random. Its eight-item area
     * scores are more reliable than the Interest Profiler's published ones (alpha 0.95, retest 0.93: the 180-item
     * long form's level; docs/validity.md, "How noisy the models are").
     */
    ResponseModel RESPONSE_STYLE = responseStyle("response style (extreme or middling) and skipped items", 0.4, 0.9);

    /**
     * The response-style model with its noise set from the published reliability of the O*NET Interest Profiler
     * Short Form (Rounds, Su, Lewis and Rivkin 2010: alpha 0.78-0.87, one-month retest 0.78-0.86): person sd
     * 0.8-1.8, twice {@link #RESPONSE_STYLE}'s, puts the eight-item area scores' alpha (0.835) and retest (0.79)
     * of the simulated people inside both published ranges (docs/validity.md, "How noisy the models are").
     */
    ResponseModel RESPONSE_STYLE_PUBLISHED = responseStyle(
            "response style at the Short Form's published reliability", 0.8, 1.8);

    private static ResponseModel responseStyle(String name, double lowestSd, double highestSd) {
        return new ResponseModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Style style(Random random) {
                return new Style(new double[] {lowestSd + (highestSd - lowestSd) * random.nextDouble(),
                        Math.exp(0.35 * random.nextGaussian())});
            }

            @Override
            public int answer(double position, Style style, Random random) {
                if (random.nextDouble() < 0.1) {
                    return 0;
                }
                double y = position + style.get(0) * random.nextGaussian();
                int x = 1;
                for (double cut : new double[] {1.5, 2.5, 3.5, 4.5}) {
                    if (y > 3 + style.get(1) * (cut - 3)) {
                        x++;
                    }
                }
                return x;
            }
        };
    }

    private static double beta19(Random random) {
        // Beta(1, 9) by inversion: 1 - U^(1/9).
        return 1 - Math.pow(random.nextDouble(), 1.0 / 9);
    }
}
