"""The build side: knowledge files → a built index on disk; also the records and settings both halves share."""

from index.offline import configure_offline

configure_offline()
