# An uncaught user exception with a custom __str__.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"bad config key {self.key!r}"


print("start")
raise ConfigError("port")
