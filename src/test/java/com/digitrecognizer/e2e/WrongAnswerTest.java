package com.digitrecognizer.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** "Wrong?" in the browser: one tap, then one key, and the thank-you. */
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
}
