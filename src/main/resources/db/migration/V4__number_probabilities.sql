-- A number's probabilities are stored digit by digit (11 values each, a digit to a ";"): up to
-- recognition.max-digits (20) digits of about 150 characters, more than the 400 made room for.
ALTER TABLE correction ALTER COLUMN probabilities SET DATA TYPE VARCHAR(4000);
