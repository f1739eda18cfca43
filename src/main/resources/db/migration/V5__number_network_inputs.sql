-- A number's correction keeps what the network saw of each digit read, one 28x28 image after another
-- (784 bytes a digit), as a single digit's keeps its one: the accepted ones are training data digit
-- by digit where as many digits were read as the right answer has (corrections.Exports).
COMMENT ON COLUMN correction.network_input IS 'the 28x28 image the network saw of each digit read, one after another (784 bytes a digit, ink = 255); null when there is none';
