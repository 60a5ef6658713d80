import mod_uses_bad
mod_uses_bad.call()
