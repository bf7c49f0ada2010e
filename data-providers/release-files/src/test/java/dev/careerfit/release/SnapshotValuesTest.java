package dev.careerfit.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.CareerfitException;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The values of a snapshot section that providers share: kinds of fact, exact numbers, and the content check. */
class SnapshotValuesTest {

    @Test
    void kindsOfFactReadBackAsTheKindsWritten() {
        Set<FactKind<?>> kinds = Set.of(FactKinds.SALARY, FactKinds.OUTLOOK, FactKinds.DATA_GAP);

        assertThat(section(out -> out.kinds(kinds)).kinds()).containsExactlyInAnyOrderElementsOf(kinds);
        assertThat(section(out -> out.kinds(Set.of())).kinds()).isEmpty();
    }

    @Test
    void kindsOfFactAreWrittenInTheOrderOfTheirIdsSoTheSameKindsGiveTheSameBytes() {
        Set<FactKind<?>> oneOrder = new LinkedHashSet<>(List.of(FactKinds.SALARY, FactKinds.DATA_GAP));
        Set<FactKind<?>> otherOrder = new LinkedHashSet<>(List.of(FactKinds.DATA_GAP, FactKinds.SALARY));

        byte[] one = writer(out -> out.kinds(oneOrder)).toByteArray();
        byte[] other = writer(out -> out.kinds(otherOrder)).toByteArray();

        assertThat(one).isEqualTo(other);
        SnapshotInput in = SnapshotReader.of(one, "test").section("values");
        assertThat(in.varInt()).isEqualTo(2);
        assertThat(List.of(in.shared(), in.shared())).containsExactly("data-gap", "salary");
    }

    @ParameterizedTest(name = "a stream that announces {0} bytes")
    @ValueSource(ints = {-1, 0, 1, 10, 1 << 20})
    void readsAWholeStreamWhateverSizeItAnnounces(int announced) {
        byte[] bytes = writer(out -> out.varInt(300).text("a value")).toByteArray();
        java.io.InputStream stream = new java.io.ByteArrayInputStream(bytes) {
            @Override
            public synchronized int available() {
                return announced < 0 ? super.available() : announced;
            }
        };

        SnapshotInput in = SnapshotReader.of(stream, "test").section("values");

        assertThat(in.varInt()).isEqualTo(300);
        assertThat(in.text()).isEqualTo("a value");
    }

    @Test
    void anUnknownKindOfFactIsADamagedSnapshotNamingTheKind() {
        SnapshotInput in = section(out -> out.varInt(1).shared("horoscope"));

        assertThatThrownBy(in::kinds).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the snapshot is damaged: unknown kind of fact 'horoscope'");
    }

    @Test
    void aKindOfFactListedTwiceIsADamagedSnapshot() {
        SnapshotInput in = section(out -> out.varInt(2).shared("salary").shared("salary"));

        assertThatThrownBy(in::kinds).isInstanceOf(IllegalStateException.class)
                .hasMessage("the snapshot is damaged: kind of fact 'salary' is listed twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"82.5", "67920", "0", "-14.4", "0.001", "115.00", "239200.000"})
    void numbersReadBackExactlyAsPublishedScaleIncluded(String published) {
        BigDecimal value = new BigDecimal(published);

        BigDecimal read = section(out -> out.number(value)).number();

        assertThat(read).isEqualTo(value);
        assertThat(read.scale()).isEqualTo(value.scale());
    }

    @Test
    void aMissingNumberReadsBackAsNull() {
        SnapshotInput in = section(out -> out.number(null).number(BigDecimal.ONE));

        assertThat(in.number()).isNull();
        assertThat(in.number()).isEqualTo(BigDecimal.ONE);
        assertThat(in.atEnd()).isTrue();
    }

    @Test
    void rejectsANumberWithANegativeScale() {
        assertThatThrownBy(() -> section(out -> out.number(new BigDecimal("6.792E+4"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6.792E+4 has a negative scale");
    }

    @Test
    void requireContentAcceptsTheProviderAndContentVersionItWasWrittenFor() {
        SnapshotReader snapshot = SnapshotReader.of(writer(out -> out.varInt(0)).toByteArray(), "test snapshot");

        assertThat(snapshot.requireContent("acme", 3, "AcmeSnapshotConverter")).isSameAs(snapshot);
    }

    @Test
    void requireContentRejectsAnotherProviderOrContentVersionSayingHowToRebuild() {
        SnapshotReader snapshot = SnapshotReader.of(writer(out -> out.varInt(0)).toByteArray(), "test snapshot");

        assertThatThrownBy(() -> snapshot.requireContent("acme", 4, "AcmeSnapshotConverter"))
                .isInstanceOf(CareerfitException.class)
                .hasMessage("test snapshot is for provider 'acme', content version 3; this careerfit reads snapshots "
                        + "of provider 'acme' of content version 4. Rebuild it with AcmeSnapshotConverter");
        assertThatThrownBy(() -> snapshot.requireContent("other", 3, "OtherSnapshotConverter"))
                .isInstanceOf(CareerfitException.class).hasMessageContaining("is for provider 'acme'");
    }

    @Test
    void snapshotsOfTheSameContentHaveNoDifferences() {
        SnapshotReader one = SnapshotReader.of(writer(out -> out.text("same")).toByteArray(), "one");
        SnapshotReader other = SnapshotReader.of(writer(out -> out.text("same")).toByteArray(), "other");

        assertThat(one.differencesFrom(other)).isEmpty();
    }

    @Test
    void differencesNameTheSectionAndItsFirstDifferingByte() {
        SnapshotReader one = SnapshotReader.of(writer(out -> out.text("same")).toByteArray(), "one");
        SnapshotReader other = SnapshotReader.of(writer(out -> out.text("sane")).section("more", out -> out.varInt(1))
                .toByteArray(), "other");

        assertThat(one.differencesFrom(other)).containsExactly(
                "sections [header, strings, values], the other's [header, strings, values, more]",
                "section 'values' first differs at byte 3 (5 bytes, the other's 5)");
    }

    private static SnapshotWriter writer(Consumer<SnapshotOutput> values) {
        return new SnapshotWriter("acme", 3, "Acme 2025").section("values", values);
    }

    private static SnapshotInput section(Consumer<SnapshotOutput> values) {
        byte[] bytes = writer(values).toByteArray();
        assertThat(Arrays.copyOf(bytes, 6)).asString().isEqualTo("CFSNAP");
        return SnapshotReader.of(bytes, "test").section("values");
    }
}
