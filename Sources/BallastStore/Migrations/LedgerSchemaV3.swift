/// Version 3 of the ledger schema: fills carry the swap booked with them (MT5 books a
/// position's accrued swap on the deal that closes it), so the ledger's swaps agree with the
/// venue's. Existing fills booked none: 0 with no currency.
enum LedgerSchemaV3 {
    static let migration = Migration(version: 3, name: "fill swaps", sqlite: fillSwap, postgres: fillSwap)

    static let fillSwap = [
        "ALTER TABLE order_fills ADD COLUMN swap BIGINT NOT NULL DEFAULT 0",
        "ALTER TABLE order_fills ADD COLUMN swap_currency TEXT NOT NULL DEFAULT ''",
    ]
}
