package com.digitrecognizer.api;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.HandDrawnNonDigits;
import com.digitrecognizer.MnistTestDigits;
import com.digitrecognizer.recognition.Box;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import javax.imageio.ImageIO;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** POST /api/v1/read over real HTTP: numbers, the one-digit case, and what must be refused. */
class ReadApiTest extends ApiTest {

    private static final String READ = "/api/v1/read";

    @Test
    void readsANumberWithABoxForEachDigit() {
        DrawnNumbers.Number number = new DrawnNumbers(3).of(MnistTestDigits.firstOf(2, 0, 2, 6), false);

        JsonNode reading = json(api().post(READ, "image/png", number.png()), 200);

        assertThat(reading.get("text").asString()).isEqualTo("2026");
        assertThat(reading.get("accepted").asBoolean()).isTrue();
        assertThat(reading.get("modelVersion").asString()).isNotBlank();
        assertThat(reading.get("elapsedMs").asDouble()).isPositive();
        JsonNode digits = reading.get("digits");
        assertThat(digits).hasSize(4);
        double confidence = 1;
        int right = -1;
        for (JsonNode digit : digits) {
            assertThat(digit.get("verdict").asString()).isEqualTo("digit");
            assertThat(digit.get("probabilities")).hasSize(10);
            JsonNode box = digit.get("box");
            assertThat(box.get("x").asInt()).isGreaterThan(right); // left to right, apart
            assertThat(box.get("y").asInt() + box.get("height").asInt()).isLessThanOrEqualTo(number.height());
            right = box.get("x").asInt() + box.get("width").asInt() - 1;
            confidence *= digit.get("confidence").asDouble();
        }
        assertThat(digits.findValuesAsString("digit")).containsExactly("2", "0", "2", "6");
        assertThat(reading.get("confidence").asDouble()).isCloseTo(confidence, within(1e-4));
        assertThat(reading.get("unreadMarks")).isEmpty();
    }

    /** "20.26": the digits are read, the point is not, so the number is not accepted and the point's box given. */
    @Test
    void anAmountsPointIsNotLeftOutSilently() throws IOException {
        DrawnNumbers.Number number = new DrawnNumbers(3).of(MnistTestDigits.firstOf(2, 0, 2, 6), false);
        BufferedImage written = ImageIO.read(new ByteArrayInputStream(number.png()));
        Box zero = number.digits().get(1);
        int side = zero.height() / 8;
        int gap = zero.x() + zero.width() + side;
        // the "26" moved right to make room for a point on the line after the "20"
        BufferedImage page = new BufferedImage(written.getWidth() + 3 * side, written.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.drawImage(written.getSubimage(0, 0, gap, written.getHeight()), 0, 0, null);
        g.drawImage(written.getSubimage(gap, 0, written.getWidth() - gap, written.getHeight()), gap + 3 * side, 0, null);
        int x = gap + side;
        g.setColor(Color.BLACK);
        g.fillOval(x, zero.y() + zero.height() - side, side, side);
        g.dispose();

        JsonNode reading = json(api().post(READ, "image/png", DrawnDigits.png(page)), 200);

        assertThat(reading.get("text").asString()).isEqualTo("2026");
        assertThat(reading.get("accepted").asBoolean()).isFalse();
        assertThat(reading.get("unreadMarks")).hasSize(1);
        assertThat(reading.get("unreadMarks").get(0).get("x").asInt()).isBetween(x - 2, x + 2);
    }

    @Test
    void readsOneDigitSentAsAFormField() {
        JsonNode reading = json(api().postForm(READ, "image", List.of(TestImages.digit(7))), 200);

        assertThat(reading.get("text").asString()).isEqualTo("7");
        assertThat(reading.get("digits")).hasSize(1);
    }

    @Test
    void marksADigitItIsNotSureOfWithAQuestionMarkAndDoesNotAcceptTheNumber() {
        BufferedImage page = DrawnDigits.draw(MnistTestDigits.image(0), 280, 200, 40, 40, 0, DrawnDigits.Page.DARK_ON_LIGHT);
        // a 7, then a scribble beside it
        BufferedImage scribble = HandDrawnNonDigits.draw("wave", DrawnDigits.Page.DARK_ON_LIGHT, 1)
                .image();
        BufferedImage both = new BufferedImage(page.getWidth() + scribble.getWidth(), Math.max(page.getHeight(),
                scribble.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(page, 0, 0, null);
        g.drawImage(scribble, page.getWidth(), 0, null);

        JsonNode reading = json(api().post(READ, "image/png", DrawnDigits.png(both)), 200);

        assertThat(reading.get("text").asString()).startsWith("7").contains("?");
        assertThat(reading.get("accepted").asBoolean()).isFalse();
    }

    @Test
    void refusesABlankPageAndMoreDigitsThanAllowed() {
        int[] many = new int[21];
        for (int i = 0; i < many.length; i++) {
            many[i] = i;
        }

        assertProblem(api().post(READ, "image/png", TestImages.blankPage()), 422, "blank");
        assertProblem(api().post(READ, "image/png", new DrawnNumbers(1).of(many, false).png()), 422, "20 digits");
    }

    /** A 1x10000 strip is no line of handwriting, however it is refused. */
    @Test
    void refusesAStripOfInk() {
        BufferedImage strip = new BufferedImage(10_000, 1, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 10_000; x++) {
            strip.getRaster().setSample(x, 0, 0, x < 2_000 || x >= 8_000 ? 255 : 0);
        }

        assertProblem(api().post(READ, "image/png", DrawnDigits.png(strip)), 422, "no handwriting");
    }

    /** Noise as large as the limits allow, sparse or dense: refused, never read as a number, never a server error. */
    @Test
    void survivesNoise() {
        Random random = new Random(1);
        BufferedImage sparse = new BufferedImage(4096, 4096, BufferedImage.TYPE_BYTE_BINARY);
        for (int i = 0; i < 4096 * 4096 / 50; i++) {
            sparse.setRGB(random.nextInt(4096), random.nextInt(4096), 0xffffff);
        }
        BufferedImage dense = new BufferedImage(1400, 1400, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < 1400; y++) {
            for (int x = 0; x < 1400; x++) {
                dense.setRGB(x, y, random.nextBoolean() ? 0xffffff : 0);
            }
        }

        for (BufferedImage noise : List.of(sparse, dense)) {
            HttpResponse<String> response = api().post(READ, "image/png", DrawnDigits.png(noise));
            assertProblem(response, 422, "no handwriting");
        }
    }
}
