package com.digitrecognizer.models;

import com.digitrecognizer.recognition.ModelCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The versions found in the models folder, each checked once it has settled (a folder still being
 * copied in keeps changing and is left for a later look), and checked again only if a broken one's
 * files change. A version's files never change once sound: new weights make a new version.
 * Synchronized, so that a scan's snapshot of the folder never forgets a version added meanwhile.
 */
final class ModelCatalog {

    private static final Logger log = LoggerFactory.getLogger(ModelCatalog.class);

    private final ModelFolders folders;
    private final ModelCheck check;
    private final Duration settle;
    private final Clock clock;
    private final ConcurrentSkipListMap<Integer, Found> found = new ConcurrentSkipListMap<>();

    ModelCatalog(ModelFolders folders, ModelCheck check, Duration settle, Clock clock) {
        this.folders = folders;
        this.check = check;
        this.settle = settle;
        this.clock = clock;
    }

    /** A checked version folder; {@code changed} is when its files last changed before the check. */
    record Found(int number, Path directory, ModelCheck.Result result, FileTime changed) {
        boolean ok() {
            return result.ok();
        }

        ModelCard card() {
            return result.card();
        }
    }

    /** Checks new and changed folders that have settled, forgets the ones that are gone. */
    synchronized void refresh() {
        SortedMap<Integer, Path> present = folders.list();
        found.keySet().retainAll(present.keySet());
        present.forEach((number, directory) -> {
            Found known = found.get(number);
            if (known != null && known.ok()) {
                return;
            }
            FileTime changed = ModelFolders.lastChange(directory);
            boolean settled = changed.toInstant().plus(settle).isBefore(clock.instant());
            if (settled && (known == null || changed.compareTo(known.changed()) > 0)) {
                checkNow(number, directory, changed);
            }
        });
    }

    /** Checks {@code directory} now, settled or not: a copy the registry itself made is complete. */
    synchronized Found checkNow(int number, Path directory) {
        return checkNow(number, directory, ModelFolders.lastChange(directory));
    }

    private Found checkNow(int number, Path directory, FileTime changed) {
        Found checked = new Found(number, directory, check.check(directory), changed);
        found.put(number, checked);
        if (checked.ok()) {
            log.info("Model version {} ({}) found in {}", number, checked.card().version(), directory);
        } else {
            log.warn("Model version {} in {} is broken and cannot go live: {}", number, directory,
                    checked.result().brokenReason());
        }
        return checked;
    }

    Optional<Found> get(int number) {
        return Optional.ofNullable(found.get(number));
    }

    Collection<Found> all() {
        return found.values();
    }
}
