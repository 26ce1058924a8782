"""Undoable edits of the measures, follow-up, readiness and memo sections (QUndoCommand)."""
