// An empty translation unit for library targets whose folder has no sources yet.
