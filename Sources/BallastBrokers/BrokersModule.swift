// Broker implementations (the paper broker, the MT5 gateway) live in this module.
