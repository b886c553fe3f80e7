/// What a check's pass over every row established about the current rows, so that a later check
/// can skip its own pass over millions of rows. `ValidationWork` forgets all of it whenever the
/// rows change, so a fact is always about the rows as they are.
struct RowFacts {
    /// Times strictly increase: nothing to sort and no shared timestamps (set by `order`).
    var timesIncrease = false
    /// Every bar has a finite volume, a positive low, and a high and low that bound open and
    /// close (set by `checkBars`); so every price is positive.
    var barsClean = false
    /// No run of consecutive flat bars (open = high = low = close) at one price is longer than
    /// this (set by `checkBars`); the calendar can only cut such runs shorter.
    var longestFlatRun: Int?
}
