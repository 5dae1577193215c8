"""Regional test notes: the service that saves and deletes them, their fields and checks,
saving with revision checks, the emergency files written when the database refuses a save,
and the notes reader."""
