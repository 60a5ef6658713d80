//! The stages a snapshot can hold, in pipeline order. A new stage is one entry here and one step in [`super::pipeline`] that records its text.

/// A stage's name: the middle of its snapshot file's name (`NAME.<stage>.snap`).
pub type StageName = &'static str;

/// The token listing, `krait tokens --exact FILE`.
pub const TOKENS: StageName = "tokens";
/// The syntax tree, `krait ast --indent 2 FILE`.
pub const AST: StageName = "ast";
/// The symbol tables, `krait symtable FILE`.
pub const SYMTABLE: StageName = "symtable";
/// The disassembly, `krait dis FILE`.
pub const DIS: StageName = "dis";
/// The disassembly without the optimiser, `krait dis --no-opt FILE`.
pub const DIS_NOOPT: StageName = "dis-noopt";
/// The disassembly with every instruction's source range, `krait dis --positions FILE`.
pub const DIS_POSITIONS: StageName = "dis-positions";
/// The run: exit status, stdout and stderr of `krait FILE`.
pub const RUN: StageName = "run";
/// The run's stderr alone, when there is any (the form Krait's own corpus keeps).
pub const STDERR: StageName = "stderr";

/// A stage and what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stage {
    /// The name used on the command line and in snapshot file names.
    pub name: StageName,
    /// One line for `krait golden --help` and error messages.
    pub about: &'static str,
}

/// Every stage, in pipeline order.
pub const STAGES: &[Stage] = &[
    Stage {
        name: TOKENS,
        about: "the token listing (krait tokens --exact)",
    },
    Stage {
        name: AST,
        about: "the syntax tree (krait ast --indent 2)",
    },
    Stage {
        name: SYMTABLE,
        about: "the symbol tables, as CPython's symtable module shows them (krait symtable)",
    },
    Stage {
        name: DIS,
        about: "the disassembly (krait dis)",
    },
    Stage {
        name: DIS_NOOPT,
        about: "the disassembly without the optimiser (krait dis --no-opt)",
    },
    Stage {
        name: DIS_POSITIONS,
        about: "the disassembly with source positions (krait dis --positions)",
    },
    Stage {
        name: RUN,
        about: "exit status, stdout and stderr of running the file",
    },
    Stage {
        name: STDERR,
        about: "stderr of running the file, when it prints any",
    },
];

/// The stages `krait golden` keeps unless told otherwise.
pub const DEFAULT_STAGES: &[StageName] = &[TOKENS, AST, DIS, RUN];

/// Reads a comma-separated stage list (`tokens,dis`), in the order given, without repeats.
pub fn parse_list(list: &str) -> Result<Vec<StageName>, String> {
    let mut stages = Vec::new();
    for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let Some(stage) = STAGES.iter().find(|s| s.name == word) else {
            let known: Vec<_> = STAGES.iter().map(|s| s.name).collect();
            return Err(format!(
                "unknown stage '{word}' (the stages are {})",
                known.join(", ")
            ));
        };
        if !stages.contains(&stage.name) {
            stages.push(stage.name);
        }
    }
    if stages.is_empty() {
        return Err("no stages given".to_owned());
    }
    Ok(stages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read_in_order_without_repeats() {
        assert_eq!(parse_list("dis,tokens,dis").unwrap(), ["dis", "tokens"]);
        assert!(parse_list("tokens,bytecode")
            .unwrap_err()
            .contains("unknown stage 'bytecode'"));
        assert!(parse_list(",").is_err());
    }
}
