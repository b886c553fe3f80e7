import BallastCore

extension CSVExporter {
    /// Formats rows of one export into a buffer.
    struct RowWriter {
        let options: CSVExporter
        let withTime: Bool
        var out: CSVBuffer
        private var clock: ServerClock

        init(_ options: CSVExporter, capacity: Int, timeframe: Timeframe?) {
            self.options = options
            withTime = (timeframe ?? .m1) < .d1
            out = CSVBuffer(capacity: capacity)
            clock = ServerClock(options.zone)
        }

        private var mt5: Bool { options.layout == .mt5 }

        mutating func barHeader() {
            if mt5 {
                out.text(withTime ? "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>"
                                  : "<DATE>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>")
            } else {
                out.text("time,open,high,low,close,tick_volume,volume,spread")
            }
            endLine()
        }

        mutating func tickHeader() {
            out.text(mt5 ? "<DATE>\t<TIME>\t<BID>\t<ASK>\t<LAST>\t<VOLUME>\t<FLAGS>" : "time,bid,ask,last,volume,flags")
            endLine()
        }

        mutating func valueHeader() {
            out.text(mt5 ? "<DATE>\t<TIME>\t<VALUE>" : "time,value")
            endLine()
        }

        mutating func bar(_ t: Int64, _ o: Int64, _ h: Int64, _ l: Int64, _ c: Int64, _ tv: Int64, _ v: Double, _ s: Int32) {
            stamp(t, millis: false, time: withTime)
            price(o); price(h); price(l); price(c)
            field(); out.int(tv)
            field(); out.double(v)
            field(); out.int(Int64(s))
            endLine()
        }

        mutating func tick(_ t: Int64, _ bid: Int64, _ ask: Int64, _ last: Int64, _ v: Double, _ flags: UInt32) {
            stamp(t, millis: true, time: true)
            price(bid); price(ask); price(last)
            field(); out.double(v)
            field(); out.unsigned(UInt64(flags), width: 1)
            endLine()
        }

        mutating func value(_ t: Int64, _ v: Double) {
            stamp(t, millis: false, time: true)
            field(); out.double(v)
            endLine()
        }

        /// ISO UTC, or MT5 server-clock date and time (`HH:MM:SS.mmm` for ticks).
        private mutating func stamp(_ nanoseconds: Int64, millis: Bool, time: Bool) {
            guard mt5 else { out.iso8601(nanoseconds); return }
            let utc = floorDiv(nanoseconds, Timestamp.nanosPerSecond)
            let local = clock.localSeconds(utc: utc)
            out.date(local, separator: 46)
            guard time else { return }
            out.byte(9)
            out.time(local)
            if millis {
                out.byte(46)
                out.unsigned(UInt64((nanoseconds - utc * Timestamp.nanosPerSecond) / 1_000_000), width: 3)
            }
        }

        /// A separator and the price, or just the separator for a missing side.
        @inline(__always) private mutating func price(_ raw: Int64) {
            field()
            if raw != TickColumns.missing { out.price(raw, digits: options.digits) }
        }

        @inline(__always) private mutating func field() { out.byte(options.separator) }

        private mutating func endLine() {
            if mt5 { out.byte(13) }
            out.byte(10)
        }
    }
}
