package com.digitrecognizer.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** "Wrong?" in the browser: one tap, then one key (or, for a number, the number typed), and the thank-you. */
class WrongAnswerTest extends BrowserTest {

    @Test
    void wrongThenADigitKeySavesTheCorrection() {
        ChromeDriver driver = browser.driver();
        page.draw(3);
        driver.findElement(By.id("wrong")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // the key row takes the focus when it opens: the digit keys answer at once
        wait.until(d -> (Boolean) driver.executeScript(
                "return document.activeElement?.id === 'correct-0'"));
        new Actions(driver).sendKeys("5").perform();

        wait.until(d -> d.findElement(By.id("correction-message")).getText().startsWith("Thank you"));
        assertThat(driver.findElement(By.id("correction-message")).getText()).isEqualTo("Thank you! Saved: 5.");
        assertThat(driver.findElement(By.id("correct-5")).isDisplayed()).as("the key row is hidden").isFalse();
    }

    @Test
    void wrongOnANumberTakesTheNumberTypedOverWhatWasRead() {
        ChromeDriver driver = browser.driver();
        page.draw(DigitShapes.ofNumber("17"), RecognizerPage.Pointer.MOUSE);
        assertThat(page.prediction()).isEqualTo("17");
        driver.findElement(By.id("wrong")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // the number field takes the focus, what was read selected: typing replaces it
        wait.until(d -> (Boolean) driver.executeScript("const input = document.activeElement;"
                + " return input?.closest('vaadin-text-field')?.id === 'correct-number' && input.value === '17'"
                + " && input.selectionStart === 0 && input.selectionEnd === 2"));
        new Actions(driver).sendKeys("12" + Keys.ENTER).perform();

        wait.until(d -> d.findElement(By.id("correction-message")).getText().startsWith("Thank you"));
        assertThat(driver.findElement(By.id("correction-message")).getText()).isEqualTo("Thank you! Saved: 12.");
    }
}
