import BallastCore
import BallastData

/// The shipped catalog's FX session calendar (Sun 17:00 – Fri 17:00 New York).
enum InstrumentCatalogAccess {
    static func fxCalendar() throws -> SessionCalendar? {
        let catalog = try InstrumentCatalog.shipped()
        return catalog.instrument("EURUSD").map { catalog.calendar(for: $0) }
    }
}
