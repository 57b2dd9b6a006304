"""The public newsletter sign-up: double opt-in, one-click unsubscribe.

Plain modules of the outreach app: forms, views and urls for the public pages,
services for the writes, tokens for the signed confirmation links, emails for
the messages (also what the digests will build on), ratelimit for the form.
"""
