package com.digitrecognizer.models;

import com.digitrecognizer.models.ModelRegistryException.Problem;
import com.digitrecognizer.models.ModelVersion.Status;
import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.LiveModel;
import com.digitrecognizer.security.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry on each database the app supports, with real models, folders and the real store:
 * registries built here stand for app instances (each its own folder and live model) sharing one database.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED) // the instances' threads must see each other's commits
@Import({ModelStore.class, AuditLog.class})
abstract class ModelRegistryContract {

    private static final Duration SETTLE = Duration.ofMillis(800);

    @Autowired
    ModelStore store;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    private final List<AutoCloseable> instances = new ArrayList<>();

    @BeforeEach
    void emptyDatabase() {
        jdbc.sql("DELETE FROM live_model").update();
        jdbc.sql("DELETE FROM model_promotion").update();
        jdbc.sql("DELETE FROM model_version").update();
    }

    @AfterEach
    void stopInstances() throws Exception {
        for (AutoCloseable instance : instances.reversed()) {
            instance.close();
        }
    }

    @Test
    void theShippedModelBecomesVersionOneLiveOnAnEmptyFolder() {
        ModelRegistry registry = instance("a", false);

        assertThat(registry.versions()).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.status()).isEqualTo(Status.OK);
            assertThat(version.live()).isTrue();
            assertThat(version.promotedBy()).isEqualTo("system");
            assertThat(version.directory()).isEqualTo(folder.resolve("a/digits/1"));
            assertThat(Files.isRegularFile(version.directory().resolve("variables/variables.index"))).isTrue();
        });
        assertThat(registry.live().name()).isEqualTo(registry.live().card().version());
    }

    @Test
    void aFolderDroppedInIsListedWithinTenSecondsButGoesLiveOnlyWhenPromoted() {
        ModelRegistry registry = instance("a", false);
        TestModels.copy(folder.resolve("a/digits/2"), "dropped-2");

        TestModels.await(() -> registry.find(2).isPresent());

        assertThat(registry.find(2).orElseThrow()).satisfies(version -> {
            assertThat(version.status()).isEqualTo(Status.OK);
            assertThat(version.name()).isEqualTo("dropped-2");
            assertThat(version.live()).isFalse();
            assertThat(version.gate()).isNull();
        });
        assertThat(registry.live().number()).isEqualTo(1);
    }

    @Test
    void aHalfCopiedFolderIsNotTakenUntilItIsCompleteAndSettled() throws Exception {
        ModelRegistry registry = instance("a", false);
        Path copying = Files.createDirectories(folder.resolve("a/digits/2"));
        Files.copy(TestModels.SHIPPED.resolve("saved_model.pb"), copying.resolve("saved_model.pb"));

        Thread.sleep(SETTLE.toMillis() / 2);
        assertThat(registry.find(2)).as("still being copied").isEmpty();
        Files.copy(TestModels.SHIPPED.resolve("model.json"), copying.resolve("model.json"));
        TestModels.copyTree(TestModels.SHIPPED.resolve("variables"), copying.resolve("variables"));

        TestModels.await(() -> registry.find(2).isPresent());
        assertThat(registry.find(2).orElseThrow().status()).isEqualTo(Status.OK);
    }

    @Test
    void brokenVersionsSayWhyAndCanNeverGoLive() throws Exception {
        ModelRegistry registry = instance("a", false);
        TestModels.withoutVariables(folder.resolve("a/digits/2"));
        Path unreadableCard = TestModels.copy(folder.resolve("a/digits/3"), "unreadable");
        Files.writeString(unreadableCard.resolve("model.json"), "{ not json");
        Files.createDirectories(folder.resolve("a/digits/4"));

        TestModels.await(() -> registry.versions().size() == 4);

        assertThat(registry.find(2).orElseThrow().brokenReason()).contains("Cannot load");
        assertThat(registry.find(3).orElseThrow().brokenReason()).contains("model card");
        assertThat(registry.find(4).orElseThrow().brokenReason()).contains("saved_model.pb", "model.json");
        for (int broken = 2; broken <= 4; broken++) {
            assertThat(registry.find(broken).orElseThrow().status()).isEqualTo(Status.BROKEN);
            int number = broken;
            assertThatThrownBy(() -> registry.promote(number, "admin")).isInstanceOf(ModelRegistryException.class)
                    .extracting(e -> ((ModelRegistryException) e).problem()).isEqualTo(Problem.BROKEN);
        }
        assertThat(registry.live().number()).isEqualTo(1);
    }

    @Test
    void promotionAndRollbackSwitchTheModelInServiceAndAreRecorded() {
        LiveModel live = liveModel();
        ModelRegistry registry = instance("a", live, false);
        TestModels.copy(folder.resolve("a/digits/2"), "second");
        TestModels.await(() -> registry.find(2).isPresent());

        assertThat(registry.promote(2, "ann").live()).isTrue();
        assertThat(live.card().version()).isEqualTo("second");
        assertThat(registry.find(1).orElseThrow().live()).isFalse();

        registry.promote(1, "bob");
        assertThat(live.card().version()).isEqualTo(registry.find(1).orElseThrow().name());
        assertThat(registry.find(1).orElseThrow().promotedBy()).isEqualTo("bob");
        assertThat(registry.find(2).orElseThrow().promotedBy()).isEqualTo("ann");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM model_promotion").query(Integer.class).single()).isEqualTo(3);
        assertThat(audit.newest(0, 2)).extracting(entry -> entry.detail())
                .containsExactly("version 1 (" + registry.find(1).orElseThrow().name() + ") made live for bob",
                        "version 2 (second) made live for ann");
    }

    @Test
    void promotingTheVersionLiveAlreadyChangesAndRecordsNothing() {
        ModelRegistry registry = instance("a", liveModel(), false);
        ModelVersion before = registry.find(1).orElseThrow();
        long revision = registry.liveRevision();
        long audited = audit.count();

        ModelVersion again = registry.promote(1, "bob");

        assertThat(again.live()).isTrue();
        assertThat(again.promotedBy()).isEqualTo(before.promotedBy()).isNotEqualTo("bob");
        assertThat(again.promotedAt()).isEqualTo(before.promotedAt());
        assertThat(registry.liveRevision()).as("the live revision as it was").isEqualTo(revision);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM model_promotion").query(Integer.class).single()).isEqualTo(1);
        assertThat(audit.count()).isEqualTo(audited);
    }

    @Test
    void ofTwoPromotionsFromTheSameRevisionOneWinsAndTheOtherIsTold() throws Exception {
        ModelRegistry registry = instance("a", false);
        TestModels.copy(folder.resolve("a/digits/2"), "second");
        TestModels.copy(folder.resolve("a/digits/3"), "third");
        TestModels.await(() -> registry.versions().size() == 3);
        long seen = registry.liveRevision();

        List<Future<ModelVersion>> promotions = inParallel(() -> registry.promote(2, "ann", seen),
                () -> registry.promote(3, "bob", seen));

        int won = 0;
        for (Future<ModelVersion> promotion : promotions) {
            try {
                promotion.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(((ModelRegistryException) e.getCause()).problem()).isEqualTo(Problem.CONFLICT);
            }
        }
        assertThat(won).isEqualTo(1);
        assertThat(registry.liveRevision()).isEqualTo(seen + 1);
    }

    @Test
    void anUnknownVersionIsUnknown() {
        ModelRegistry registry = instance("a", false);

        assertThat(registry.find(7)).isEmpty();
        assertThatThrownBy(() -> registry.promote(7, "admin")).isInstanceOf(ModelRegistryException.class)
                .extracting(e -> ((ModelRegistryException) e).problem()).isEqualTo(Problem.UNKNOWN_VERSION);
    }

    @Test
    void anotherInstanceOnTheSameDatabaseServesAPromotionWithinTenSeconds() {
        LiveModel othersModel = liveModel();
        ModelRegistry here = instance("a", false);
        ModelRegistry other = instance("b", othersModel, false);
        TestModels.copy(folder.resolve("a/digits/2"), "second");
        TestModels.copy(folder.resolve("b/digits/2"), "second");
        TestModels.await(() -> here.find(2).isPresent());

        here.promote(2, "ann");

        // the other instance swaps its model in, then records the row it serves: both within the time
        TestModels.await(() -> othersModel.card().version().equals("second") && other.live().number() == 2);
        assertThat(other.live().promotedBy()).isEqualTo("ann");
    }

    @Test
    void anAddedModelIsCopiedInAsTheNextVersionWithItsGateAndAutoPromotedWhenItPassed() {
        ModelRegistry registry = instance("a", true);
        GateResult failed = gate(false);
        GateResult passed = gate(true);

        ModelVersion second = registry.add(TestModels.copy(folder.resolve("trained-2"), "trained-2"), failed, "retrain");
        ModelVersion third = registry.add(TestModels.copy(folder.resolve("trained-3"), "trained-3"), passed, "retrain");

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.gate()).isEqualTo(failed);
        assertThat(second.live()).isFalse();
        assertThat(third.number()).isEqualTo(3);
        assertThat(third.live()).as("auto-promoted").isTrue();
        assertThat(registry.find(3).orElseThrow().gate()).isEqualTo(passed);
        assertThat(folder.resolve("a/digits").toFile().list()).containsExactlyInAnyOrder("1", "2", "3");
        assertThatThrownBy(() -> registry.add(TestModels.withoutVariables(folder.resolve("bad")), passed, "retrain"))
                .isInstanceOf(ModelRegistryException.class).hasMessageContaining("cannot serve");
        assertThat(folder.resolve("a/digits").toFile().list()).hasSize(3);
        assertThatThrownBy(() -> registry.promote(2, "ann")).as("failed its gate: never live")
                .isInstanceOf(ModelRegistryException.class).hasMessageContaining("did not pass its gate and may not go live: worse")
                .extracting(e -> ((ModelRegistryException) e).problem()).isEqualTo(ModelRegistryException.Problem.GATE_FAILED);
        assertThat(registry.promote(1, "ann").number()).as("a version without a gate (the shipped one) may").isEqualTo(1);
    }

    private static GateResult gate(boolean passed) {
        return new GateResult(0.996, 0.995, 0.91, 0.88, 120, 0.96, 0.95, "1", passed, passed ? "better" : "worse");
    }

    private ModelRegistry instance(String name, boolean autoPromote) {
        return instance(name, liveModel(), autoPromote);
    }

    private ModelRegistry instance(String name, LiveModel live, boolean autoPromote) {
        ModelsProperties properties = new ModelsProperties(folder.resolve(name), "digits", TestModels.SHIPPED,
                Duration.ofMillis(300), SETTLE, autoPromote);
        ModelRegistry registry = new ModelRegistry(properties, store, directory -> DigitClassifier.load(directory, 1),
                live, audit);
        registry.start();
        ModelWatcher watcher = new ModelWatcher(registry, properties);
        watcher.start();
        instances.add(watcher::stop);
        return registry;
    }

    private LiveModel liveModel() {
        LiveModel live = new LiveModel(DigitClassifier.load(TestModels.SHIPPED, 1));
        instances.add(live);
        return live;
    }

    @SafeVarargs
    private static <T> List<Future<T>> inParallel(Callable<T>... tasks) {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
        try {
            return threads.invokeAll(List.of(tasks));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdown();
        }
    }
}
