//! A visitor over the tree: override the `visit_*` methods you care about and call the
//! matching `walk_*` function to keep descending.
