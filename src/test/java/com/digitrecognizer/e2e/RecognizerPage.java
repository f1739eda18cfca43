package com.digitrecognizer.e2e;

import com.digitrecognizer.e2e.DigitShapes.Point;
import com.digitrecognizer.e2e.DigitShapes.Stroke;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.Interaction;
import org.openqa.selenium.interactions.KeyInput;
import org.openqa.selenium.interactions.Pause;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.PointerInput.MouseButton;
import org.openqa.selenium.interactions.PointerInput.PointerEventProperties;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The recogniser page in the browser: finds its parts, draws on the pad with real pointer input,
 * and waits for the server after every action, so that what a test reads next is the answer.
 */
final class RecognizerPage {

    /** What {@code #prediction} shows when there is no result. */
    static final String NO_DIGIT = "\u2013";

    /** An element's box in CSS px, relative to the viewport. */
    record Box(double left, double top, double right, double bottom) {
    }

    /** The input devices a person draws with. */
    enum Pointer {
        MOUSE(PointerInput.Kind.MOUSE, PointerInput.eventProperties()),
        TOUCH(PointerInput.Kind.TOUCH, PointerInput.eventProperties().setWidth(8).setHeight(8).setPressure(0.5f)),
        PEN(PointerInput.Kind.PEN, PointerInput.eventProperties().setPressure(0.7f).setTiltX(20));

        private final PointerInput input;
        private final PointerEventProperties properties;

        Pointer(PointerInput.Kind kind, PointerEventProperties properties) {
            this.input = new PointerInput(kind, name().toLowerCase(Locale.ROOT));
            this.properties = properties;
        }
    }

    private static final String VAADIN_IDLE = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            return !!clients && Object.values(clients).every(client => !client.isActive || !client.isActive());""";

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private RecognizerPage(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(20));
    }

    /** Loads the page afresh (a new Vaadin UI: empty pad, empty history) and waits until it is ready. */
    static RecognizerPage open(ChromeDriver driver, String url) {
        driver.get(url);
        RecognizerPage page = new RecognizerPage(driver);
        page.await("the pad to be rendered", () -> (Boolean) driver.executeScript("""
                const canvas = document.querySelector('#pad')?.shadowRoot?.querySelector('canvas');
                return !!canvas && canvas.width > 0;"""));
        page.waitForServer();
        // what kinds of pointer drew on the pad, for tests of touch and pen (its buttons are clicked with the mouse)
        driver.executeScript("""
                window.e2ePointerTypes = new Set();
                arguments[0].addEventListener('pointerdown', event => window.e2ePointerTypes.add(event.pointerType));""",
                page.canvas());
        return page;
    }

    /** Draws {@code digit} with the mouse. */
    void draw(int digit) {
        draw(digit, Pointer.MOUSE);
    }

    void draw(int digit, Pointer pointer) {
        draw(DigitShapes.of(digit), pointer);
    }

    /** Draws the strokes with the mouse. */
    void draw(Stroke... strokes) {
        draw(List.of(strokes), Pointer.MOUSE);
    }

    /** Draws the strokes (in pad units) as one continuous gesture of {@code pointer}. */
    void draw(List<Stroke> strokes, Pointer pointer) {
        perform(gesture(pointer, strokeActions(strokes, pointer)));
    }

    /**
     * Clicks the button {@code id} and draws the strokes with the mouse in the same gesture, the
     * first one beginning right after the click: no waiting for the server between.
     */
    void clickThenDraw(String id, List<Stroke> strokes) {
        Pointer mouse = Pointer.MOUSE;
        List<Interaction> drawing = strokeActions(strokes, mouse);
        // measured after the pad was scrolled into view
        Box button = box(driver.findElement(By.id(id)));
        perform(gesture(mouse, List.of(
                mouse.input.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(),
                        (int) Math.round((button.left() + button.right()) / 2),
                        (int) Math.round((button.top() + button.bottom()) / 2)),
                mouse.input.createPointerDown(MouseButton.LEFT.asArg()),
                mouse.input.createPointerUp(MouseButton.LEFT.asArg())), drawing));
    }

    /**
     * Presses {@code key} with the focus on the pad and draws the strokes with the mouse, the
     * first one beginning in the next moment of the same input: no waiting for the server between.
     */
    void pressOnPadThenDraw(CharSequence key, List<Stroke> strokes) {
        Pointer mouse = Pointer.MOUSE;
        List<Interaction> drawing = strokeActions(strokes, mouse);
        driver.executeScript("arguments[0].focus()", canvas());
        KeyInput keyboard = new KeyInput("keyboard");
        Sequence keys = new Sequence(keyboard, 0)
                .addAction(keyboard.createKeyDown(key.charAt(0)))
                .addAction(keyboard.createKeyUp(key.charAt(0)));
        // input sources act tick by tick together: the mouse waits while the key goes down and up
        Pause tick = new Pause(mouse.input, Duration.ZERO);
        perform(keys, gesture(mouse, List.of(tick, tick), drawing));
    }

    @SafeVarargs
    private static Sequence gesture(Pointer pointer, List<Interaction>... parts) {
        Sequence gesture = new Sequence(pointer.input, 0);
        for (List<Interaction> part : parts) {
            part.forEach(gesture::addAction);
        }
        return gesture;
    }

    /** Performs the input and waits for the server to answer what it caused. */
    private void perform(Sequence... input) {
        driver.perform(List.of(input));
        waitForServer();
    }

    /** The pointer actions that draw the strokes on the pad, scrolled into view. */
    private List<Interaction> strokeActions(List<Stroke> strokes, Pointer pointer) {
        WebElement canvas = canvas();
        driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'})", canvas);
        Box box = box(canvas);
        // viewport coordinates: an element origin would cost the driver a look-up at every move
        Function<Point, Interaction> move = point -> pointer.input.createPointerMove(Duration.ZERO,
                PointerInput.Origin.viewport(),
                (int) Math.round(box.left() + point.x() * (box.bottom() - box.top())), // the pad's unit is its height
                (int) Math.round(box.top() + point.y() * (box.bottom() - box.top())),
                pointer.properties);
        List<Interaction> actions = new ArrayList<>();
        for (Stroke stroke : strokes) {
            actions.add(move.apply(stroke.points().get(0)));
            actions.add(pointer.input.createPointerDown(MouseButton.LEFT.asArg(), pointer.properties));
            stroke.points().stream().skip(1).map(move).forEach(actions::add);
            actions.add(pointer.input.createPointerUp(MouseButton.LEFT.asArg(), pointer.properties));
        }
        return actions;
    }

    void predict() {
        click("predict");
    }

    void undo() {
        click("undo");
    }

    void clear() {
        click("clear");
    }

    /** Whether "Live recognition" is ticked. */
    boolean isLive() {
        return Boolean.parseBoolean(driver.findElement(By.id("live")).getDomProperty("checked"));
    }

    /** Ticks or unticks "Live recognition", as a user does. */
    void setLive(boolean live) {
        if (isLive() != live) {
            driver.findElement(By.id("live")).click();
        }
        await("the pad's live to be " + live, () -> live == (Boolean) driver.executeScript("return arguments[0].live", pad()));
        waitForServer();
    }

    /** Presses {@code key} (e.g. {@code Keys.ENTER}) with the focus on the pad. */
    void pressOnPad(CharSequence key) {
        performOnPad(new Actions(driver).sendKeys(key));
    }

    /** Presses Ctrl+{@code key} with the focus on the pad. */
    void pressControlOnPad(CharSequence key) {
        performOnPad(new Actions(driver).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL));
    }

    private void performOnPad(Actions keys) {
        driver.executeScript("arguments[0].focus()", canvas());
        keys.perform();
        waitForServer();
    }

    /** How many digits the pad frames. */
    long boxesOnPad() {
        return (Long) driver.executeScript("return arguments[0].boxes.length", pad());
    }

    String prediction() {
        return text("prediction");
    }

    String confidence() {
        return text("confidence");
    }

    String hint() {
        return text("hint");
    }

    /** The verdict in words when there is no sure digit ("That doesn't look like a digit"); empty otherwise. */
    String verdict() {
        return text("verdict");
    }

    /** The chart's probability that the drawing is no digit at all. */
    double notADigit() {
        String value = driver.findElement(By.id("probability-chart")).getDomAttribute("data-not-a-digit");
        return value == null ? 0 : Double.parseDouble(value);
    }

    /** The computed value of a CSS property of the element {@code id}. */
    String style(String id, String property) {
        return driver.findElement(By.id(id)).getCssValue(property);
    }

    String networkInputSrc() {
        return driver.findElement(By.id("network-input")).getDomAttribute("src");
    }

    /** The chart's probabilities of the digits 0-9; empty when it shows none. */
    double[] probabilities() {
        String values = driver.findElement(By.id("probability-chart")).getDomAttribute("data-probabilities");
        return values == null || values.isEmpty() ? new double[0]
                : Arrays.stream(values.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The {@code pointerType}s of all pointerdown events on the pad's canvas since the page was opened. */
    @SuppressWarnings("unchecked")
    List<String> pointerTypes() {
        return (List<String>) driver.executeScript("return [...window.e2ePointerTypes]");
    }

    int strokeCount() {
        return ((Number) driver.executeScript("return arguments[0].strokeCount", pad())).intValue();
    }

    /** Whether the pad's canvas has no painted pixel (it repaints at the next animation frame). */
    boolean padIsBlank() {
        return (Boolean) driver.executeScript("""
                const canvas = arguments[0];
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                return pixels.every((value, i) => i % 4 !== 3 || value === 0);""", canvas());
    }

    /** Waits until the history grid shows {@code rows} thumbnails (PNG data URLs); returns their alt texts. */
    List<String> awaitHistory(int rows) {
        By thumbnails = By.cssSelector("#history vaadin-grid-cell-content img[src^='data:image/png']");
        await(rows + " history rows", () -> driver.findElements(thumbnails).size() == rows);
        return driver.findElements(thumbnails).stream().map(img -> img.getDomAttribute("alt")).toList();
    }

    /** Where {@code element} is on screen. */
    Box box(WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) driver.executeScript(
                "return arguments[0].getBoundingClientRect().toJSON()", element);
        return new Box(box.get("left").doubleValue(), box.get("top").doubleValue(), box.get("right").doubleValue(),
                box.get("bottom").doubleValue());
    }

    /** The viewport, as a box. */
    Box viewport() {
        return new Box(0, 0, number("return innerWidth"), number("return innerHeight"));
    }

    /** The width of the whole page: wider than the viewport when something overflows sideways. */
    double pageWidth() {
        return number("return document.documentElement.scrollWidth");
    }

    WebElement pad() {
        return driver.findElement(By.id("pad"));
    }

    WebElement canvas() {
        return pad().getShadowRoot().findElement(By.cssSelector("canvas"));
    }

    WebElement chart() {
        return driver.findElement(By.id("probability-chart"));
    }

    /** Waits for {@code condition}; a time-out names {@code what} it waited for. */
    void await(String what, Supplier<Boolean> condition) {
        wait.withMessage(what).until(ignored -> condition.get());
    }

    /** Waits until the Vaadin client has no request in flight and no work queued. */
    void waitForServer() {
        await("the server round trip", () -> (Boolean) driver.executeScript(VAADIN_IDLE));
    }

    private void click(String id) {
        driver.findElement(By.id(id)).click();
        waitForServer();
    }

    private double number(String script) {
        return ((Number) driver.executeScript(script)).doubleValue();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
