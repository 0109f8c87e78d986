"""Entities: recognition (tagger), knowledge base (kb) and linking (link)."""
