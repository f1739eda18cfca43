package com.digitrecognizer.training;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of the training and evaluation commands. */
final class CommandLine {

    private final Map<String, String> options = new HashMap<>();

    CommandLine(String[] args, Set<String> known) {
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !known.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --" + String.join(" VALUE --", known) + " VALUE"
                        + " (got '" + args[i] + "')");
            }
            options.put(name, args[i + 1]);
        }
    }

    String text(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }

    double decimal(String name, double fallback) {
        return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
    }

    /** A {@code true} or {@code false} option; anything else is refused, not taken for false. */
    boolean yesNo(String name, boolean fallback) {
        String value = options.getOrDefault(name, String.valueOf(fallback));
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("--" + name + " is true or false (got '" + value + "')");
        }
        return Boolean.parseBoolean(value);
    }

    /** A path option, or null when it is not given. */
    Path path(String name) {
        return options.containsKey(name) ? Path.of(options.get(name)) : null;
    }
}
