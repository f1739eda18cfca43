package com.digitrecognizer.recognition;

/** Where something lies on a page, in its pixels: left, top, width and height. */
public record Box(int x, int y, int width, int height) {

    Box union(Box other) {
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        int right = Math.max(x + width, other.x + other.width);
        int bottom = Math.max(y + height, other.y + other.height);
        return new Box(left, top, right - left, bottom - top);
    }

    Box scaled(int factor) {
        return new Box(x * factor, y * factor, width * factor, height * factor);
    }

    /** On a page {@code factor} times smaller: the box that covers what this one covers. */
    Box shrunk(int factor) {
        int left = x / factor;
        int top = y / factor;
        return new Box(left, top, Math.ceilDiv(x + width, factor) - left, Math.ceilDiv(y + height, factor) - top);
    }
}
