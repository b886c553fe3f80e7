// The order router, the reconciliation ledger and their policies live in this module.
