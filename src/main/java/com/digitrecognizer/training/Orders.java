package com.digitrecognizer.training;

import java.util.Random;

/** Orders of examples: shuffled each epoch for training, once for a held-out split. */
final class Orders {

    private Orders() {
    }

    /** 0, 1, ... {@code size - 1}. */
    static int[] identity(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Fisher-Yates, in place. */
    static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
