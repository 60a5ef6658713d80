from ...sibling import shared
thing_value = "thing+" + shared
