shared = "shared from sibling"
