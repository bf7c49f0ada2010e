package dev.careerfit.education;

/**
 * O*NET's job zone: how much preparation a role needs, from 1 (little or none) to 5 (extensive).
 *
 * @param value 1 to 5
 * @since 0.1
 */
public record JobZone(int value) {
    public JobZone {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("job zone must be between 1 and 5, was " + value);
        }
    }

    public String label() {
        return switch (value) {
            case 1 -> "little or no preparation needed";
            case 2 -> "some preparation needed";
            case 3 -> "medium preparation needed";
            case 4 -> "considerable preparation needed";
            default -> "extensive preparation needed";
        };
    }
}
