"""Helpers for the test suite (not tests themselves), e.g. a throwaway PostgreSQL server."""
