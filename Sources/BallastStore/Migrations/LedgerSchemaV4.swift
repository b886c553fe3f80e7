/// Version 4 of the ledger schema: indexes and constraints shaped for the order path's cost on
/// the database server. Nothing it refuses or accepts changes.
///
/// - `orders_open` (PostgreSQL) indexes the open orders by account and age. The desk and the
///   router ask for an account's open orders on every refresh; a prepared statement keeps the
///   generic plan it made on an empty table, which walked `orders_by_account_status` through
///   every order of the account testing each one's status (0.55 ms of server time per refresh
///   after 4,000 orders, growing with the ledger). The open orders are few whatever the
///   ledger's size. The predicate lists the statuses literally, like the CHECKs of version 1.
/// - `orders_by_parent` indexes only the orders that have a parent: every other order inserted
///   or moved to a new status no longer adds a NULL entry to it.
/// - PostgreSQL only: the CHECKs of `intents`, `orders` and `order_fills` become one CHECK per
///   table, with the same conditions. PostgreSQL reads each CHECK's stored expression back from
///   text and plans it once per statement that writes the table (SQLite compiles them into its
///   prepared statement once); with ten to thirteen per table that was a third of the server's
///   CPU time on the order path. Lists are array constants, so there is nothing left to fold.
enum LedgerSchemaV4 {
    static let migration = Migration(
        version: 4, name: "order path indexes",
        sqlite: parentIndex, postgres: [openOrders] + parentIndex + postgresChecks)

    /// PostgreSQL only: SQLite plans each statement when it prepares it, with the statuses in
    /// view, and seeks `orders_by_account_status` once per status; keeping this index as well
    /// cost it 5-8% more CPU per order on the order path.
    static let openOrders = """
        CREATE INDEX orders_open ON orders (account, created_at, id)
        WHERE status IN ('created', 'submitted', 'accepted', 'partiallyFilled')
        """

    static let parentIndex = [
        "DROP INDEX orders_by_parent",
        "CREATE INDEX orders_by_parent ON orders (parent_id) WHERE parent_id IS NOT NULL",
    ]

    /// The conditions of `LedgerSchemaV1.orderIntentColumns` and `orderIntentChecks`.
    static let orderIntentValid = """
        side = ANY ('{buy,sell}'::text[]) AND quantity > 0
        AND type_kind = ANY ('{market,limit,stop,stopLimit,trailingStop}'::text[])
        AND tif_kind = ANY ('{gtc,day,gtd,ioc}'::text[]) AND has_bracket = ANY ('{0,1}'::bigint[])
        AND (type_kind = 'market') = (type_price IS NULL) AND (type_kind = 'stopLimit') = (type_limit IS NOT NULL)
        AND (tif_kind = 'gtd') = (tif_until IS NOT NULL) AND (has_bracket = 1 OR (stop_loss IS NULL AND take_profit IS NULL))
        """

    /// The names PostgreSQL gave version 1's CHECKs, dropped by name so that a database whose
    /// constraints differ fails the migration instead of keeping both sets.
    static let postgresChecks = [
        """
        ALTER TABLE intents DROP CONSTRAINT intents_side_check, DROP CONSTRAINT intents_quantity_check,
            DROP CONSTRAINT intents_type_kind_check, DROP CONSTRAINT intents_tif_kind_check,
            DROP CONSTRAINT intents_has_bracket_check, DROP CONSTRAINT intents_status_check,
            DROP CONSTRAINT intents_check, DROP CONSTRAINT intents_check1, DROP CONSTRAINT intents_check2,
            DROP CONSTRAINT intents_check3,
            ADD CONSTRAINT intents_valid CHECK (\(orderIntentValid)
                AND status = ANY ('{received,rejected,awaitingApproval,ordered,expired,cancelled}'::text[]))
        """,
        """
        ALTER TABLE orders DROP CONSTRAINT orders_side_check, DROP CONSTRAINT orders_quantity_check,
            DROP CONSTRAINT orders_type_kind_check, DROP CONSTRAINT orders_tif_kind_check,
            DROP CONSTRAINT orders_has_bracket_check, DROP CONSTRAINT orders_status_check,
            DROP CONSTRAINT orders_filled_quantity_check, DROP CONSTRAINT orders_attempts_check,
            DROP CONSTRAINT orders_check, DROP CONSTRAINT orders_check1, DROP CONSTRAINT orders_check2,
            DROP CONSTRAINT orders_check3, DROP CONSTRAINT orders_check4,
            ADD CONSTRAINT orders_valid CHECK (\(orderIntentValid)
                AND status = ANY ('{created,submitted,accepted,partiallyFilled,filled,cancelled,rejected,expired}'::text[])
                AND filled_quantity >= 0 AND filled_quantity <= quantity AND attempts >= 0)
        """,
        """
        ALTER TABLE order_fills DROP CONSTRAINT order_fills_sequence_check, DROP CONSTRAINT order_fills_side_check,
            DROP CONSTRAINT order_fills_quantity_check,
            ADD CONSTRAINT order_fills_valid CHECK (sequence >= 0 AND side = ANY ('{buy,sell}'::text[]) AND quantity > 0)
        """,
    ]
}
