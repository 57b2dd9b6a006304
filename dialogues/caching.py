"""The version of the public meeting data, for values cached from it (the public
calendar). Renewed by the receivers in `signals` on every write that may change
what the public sees of a meeting."""

from outreach_portal.data_version import DataVersion

PUBLIC_MEETINGS = DataVersion("dialogues:public-meetings-version")
