//! The command line of `python3`, read the way CPython reads it: short options that may be
//! combined (`-uc CODE`, `-Xgcstats`), an option list that ends at the first argument that
//! is not an option, at `-c CMD`, `-m MOD` or `-`, and everything after that belonging to
//! the program's `sys.argv`. The stage dumps (`krait tokens|ast|dis …`) are not read here.
//!
//! Parsing is pure: the environment is passed in, and errors are values the binary prints.

/// What `krait` was asked to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// `-c CMD [ARGS]`.
    Command {
        /// The program text.
        code: String,
        /// `sys.argv[1:]`.
        args: Vec<String>,
    },
    /// `-m MOD [ARGS]`.
    Module {
        /// The module name.
        name: String,
        /// `sys.argv[1:]`.
        args: Vec<String>,
    },
    /// `FILE [ARGS]`.
    File {
        /// The script's path as given.
        path: String,
        /// `sys.argv[1:]`.
        args: Vec<String>,
    },
    /// `-` or no program at all: the program is read from stdin (interactive when stdin is
    /// a terminal).
    Stdin {
        /// Whether `-` was given (it becomes `sys.argv[0]`; otherwise `sys.argv[0]` is `''`).
        dash: bool,
        /// `sys.argv[1:]`.
        args: Vec<String>,
    },
    /// `-V` / `--version`: 1, or 2 when given twice (build details).
    Version(u8),
    /// `-h`, `-?`, `--help`.
    Help,
    /// `--help-env`.
    HelpEnv,
    /// `--help-xoptions`.
    HelpXoptions,
    /// `--help-all`.
    HelpAll,
}

/// The options before the program, with the environment variables that stand for them
/// already applied (unless `-E` or `-I` says to ignore them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-b` count.
    pub bytes_warning: u8,
    /// `-B` or `PYTHONDONTWRITEBYTECODE`.
    pub dont_write_bytecode: bool,
    /// `-d` or `PYTHONDEBUG`.
    pub debug: bool,
    /// `-E` (also implied by `-I`).
    pub ignore_environment: bool,
    /// `-i` or `PYTHONINSPECT`: interactive after the program.
    pub inspect: bool,
    /// `-i` itself (`sys.flags.interactive`; `PYTHONINSPECT` sets only `inspect`).
    pub interactive: bool,
    /// `-I`.
    pub isolated: bool,
    /// `-O` count (or `PYTHONOPTIMIZE`).
    pub optimize: u8,
    /// `-P` or `PYTHONSAFEPATH`.
    pub safe_path: bool,
    /// `-q`.
    pub quiet: bool,
    /// `-s` or `PYTHONNOUSERSITE` (also implied by `-I`).
    pub no_user_site: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-u` or `PYTHONUNBUFFERED`.
    pub unbuffered: bool,
    /// `-v` count (or `PYTHONVERBOSE`).
    pub verbose: u8,
    /// `-x`: skip the script's first line.
    pub skip_first_line: bool,
    /// `-W` options, then `PYTHONWARNINGS`' comma-separated ones, in CPython's order.
    pub warnings: Vec<String>,
    /// `-X` options in order (`name` or `name=value`).
    pub xoptions: Vec<String>,
    /// `--check-hash-based-pycs`.
    pub check_hash_based_pycs: Option<String>,
    /// `PYTHONHASHSEED`: `None` for random (unset, empty, `random`, or ignored by `-E`).
    pub hash_seed: Option<u32>,
    /// `PYTHONSTARTUP`: a file run before the first interactive prompt.
    pub startup: Option<String>,
    /// `PYTHONPATH`, split on `:`.
    pub python_path: Vec<String>,
    /// `PYTHONIOENCODING`.
    pub io_encoding: Option<String>,
}

impl Flags {
    /// Whether `-X name` or `-X name=…` was given.
    pub fn has_xoption(&self, name: &str) -> bool {
        self.xoptions
            .iter()
            .any(|o| o == name || o.split_once('=').is_some_and(|(n, _)| n == name))
    }
}

/// A parsed command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    /// The options.
    pub flags: Flags,
    /// What to run.
    pub target: Target,
}

/// A command line CPython would reject; [`UsageError::message`] is its first line, and the
/// process exits with status 2 after printing the usage lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageError {
    /// `Unknown option: -z`, `Argument expected for the -c option`, ….
    pub message: String,
}

/// A fatal start-up error (a bad environment variable): printed, then status 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FatalError {
    /// The whole message.
    pub message: String,
}

/// Why a command line cannot run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgsError {
    /// A usage error (status 2).
    Usage(UsageError),
    /// A fatal configuration error (status 1).
    Fatal(FatalError),
}

fn usage(message: impl Into<String>) -> ArgsError {
    ArgsError::Usage(UsageError {
        message: message.into(),
    })
}

/// Options whose argument follows (attached or as the next word).
const WITH_ARGUMENT: &[char] = &['c', 'm', 'W', 'X'];
/// Options without an argument.
const FLAGS: &[char] = &[
    'b', 'B', 'd', 'E', 'h', '?', 'i', 'I', 'O', 'P', 'q', 's', 'S', 'u', 'v', 'V', 'x',
];

/// Parses `args` (without the program name). `env` reads an environment variable.
pub fn parse(
    args: &[String],
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Invocation, ArgsError> {
    let mut flags = Flags::default();
    let mut version = 0u8;
    let mut help: Option<Target> = None;
    let mut i = 0;
    let mut target = None;
    while i < args.len() && target.is_none() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            break;
        }
        if arg == "-" {
            target = Some(Target::Stdin {
                dash: true,
                args: Vec::new(),
            });
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "help" => help = help.or(Some(Target::Help)),
                "version" => version = version.saturating_add(1),
                "help-env" => help = help.or(Some(Target::HelpEnv)),
                "help-xoptions" => help = help.or(Some(Target::HelpXoptions)),
                "help-all" => help = help.or(Some(Target::HelpAll)),
                "check-hash-based-pycs" => {
                    let value = args.get(i).ok_or_else(|| {
                        usage("Argument expected for the --check-hash-based-pycs option")
                    })?;
                    i += 1;
                    flags.check_hash_based_pycs = Some(value.clone());
                }
                _ => return Err(usage(format!("unknown option --{long}"))),
            }
            continue;
        }
        let Some(cluster) = arg.strip_prefix('-').filter(|c| !c.is_empty()) else {
            // The first non-option word is the script; the rest are its arguments.
            i -= 1;
            break;
        };
        for (at, c) in cluster.char_indices() {
            if WITH_ARGUMENT.contains(&c) {
                let attached = &cluster[at + c.len_utf8()..];
                let value = if !attached.is_empty() {
                    attached.to_owned()
                } else if let Some(next) = args.get(i) {
                    i += 1;
                    next.clone()
                } else {
                    return Err(usage(format!("Argument expected for the -{c} option")));
                };
                match c {
                    'c' => {
                        target = Some(Target::Command {
                            code: value,
                            args: Vec::new(),
                        })
                    }
                    'm' => {
                        target = Some(Target::Module {
                            name: value,
                            args: Vec::new(),
                        })
                    }
                    'W' => flags.warnings.push(value),
                    _ => flags.xoptions.push(value),
                }
                break;
            }
            if !FLAGS.contains(&c) {
                return Err(usage(format!("Unknown option: -{c}")));
            }
            match c {
                'b' => flags.bytes_warning = flags.bytes_warning.saturating_add(1),
                'B' => flags.dont_write_bytecode = true,
                'd' => flags.debug = true,
                'E' => flags.ignore_environment = true,
                'h' | '?' => help = help.or(Some(Target::Help)),
                'i' => {
                    flags.inspect = true;
                    flags.interactive = true;
                }
                'I' => {
                    flags.isolated = true;
                    flags.ignore_environment = true;
                    flags.no_user_site = true;
                    flags.safe_path = true;
                }
                'O' => flags.optimize = flags.optimize.saturating_add(1),
                'P' => flags.safe_path = true,
                'q' => flags.quiet = true,
                's' => flags.no_user_site = true,
                'S' => flags.no_site = true,
                'u' => flags.unbuffered = true,
                'v' => flags.verbose = flags.verbose.saturating_add(1),
                'V' => version = version.saturating_add(1),
                _ => flags.skip_first_line = true,
            }
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let target = match (help, version, target) {
        (Some(help), _, _) => help,
        (None, v, _) if v > 0 => Target::Version(v),
        (None, _, Some(Target::Command { code, .. })) => Target::Command { code, args: rest },
        (None, _, Some(Target::Module { name, .. })) => Target::Module { name, args: rest },
        (None, _, Some(Target::Stdin { dash, .. })) => Target::Stdin { dash, args: rest },
        (None, _, _) => match rest.split_first() {
            Some((path, args)) => Target::File {
                path: path.clone(),
                args: args.to_vec(),
            },
            None => Target::Stdin {
                dash: false,
                args: Vec::new(),
            },
        },
    };
    apply_environment(&mut flags, env)?;
    Ok(Invocation { flags, target })
}

/// Applies the `PYTHON*` variables CPython reads, unless `-E`/`-I` said to ignore them.
fn apply_environment(
    flags: &mut Flags,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(), ArgsError> {
    if flags.ignore_environment {
        return Ok(());
    }
    // CPython treats a variable set to the empty string as unset.
    let var = |name: &str| env(name).filter(|v| !v.is_empty());
    // A numeric variable counts as its value (at least 1); any other text counts as 1.
    let level = |name: &str| var(name).map(|v| v.parse::<u8>().unwrap_or(1).max(1));
    flags.unbuffered |= var("PYTHONUNBUFFERED").is_some();
    flags.inspect |= var("PYTHONINSPECT").is_some();
    flags.dont_write_bytecode |= var("PYTHONDONTWRITEBYTECODE").is_some();
    flags.no_user_site |= var("PYTHONNOUSERSITE").is_some();
    flags.safe_path |= var("PYTHONSAFEPATH").is_some();
    flags.debug |= var("PYTHONDEBUG").is_some();
    if let Some(n) = level("PYTHONOPTIMIZE") {
        flags.optimize = flags.optimize.max(n);
    }
    if let Some(n) = level("PYTHONVERBOSE") {
        flags.verbose = flags.verbose.max(n);
    }
    if let Some(warnings) = var("PYTHONWARNINGS") {
        // The environment's filters come before the command line's, so `-W` wins.
        let mut all: Vec<String> = warnings
            .split(',')
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        all.append(&mut flags.warnings);
        flags.warnings = all;
    }
    flags.startup = var("PYTHONSTARTUP");
    flags.io_encoding = var("PYTHONIOENCODING");
    flags.python_path = var("PYTHONPATH")
        .map(|p| {
            p.split(':')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    flags.hash_seed = match env("PYTHONHASHSEED").as_deref() {
        None | Some("" | "random") => None,
        Some(text) => Some(text.parse::<u32>().map_err(|_| {
            ArgsError::Fatal(FatalError {
                message: "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \
                          \"random\" or an integer in range [0; 4294967295]\n\
                          Python runtime state: preinitialized\n"
                    .to_owned(),
            })
        })?),
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    fn parse_with(line: &str, vars: &[(&str, &str)]) -> Result<Invocation, ArgsError> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        parse(&words(line), &move |name| {
            vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    fn target(line: &str) -> Target {
        parse_with(line, &[]).expect("valid command line").target
    }

    #[test]
    fn the_option_list_ends_at_the_program() {
        assert_eq!(
            target("-u prog.py -u -c x"),
            Target::File {
                path: "prog.py".into(),
                args: words("-u -c x")
            }
        );
        assert_eq!(
            target("-c print(1) a -b"),
            Target::Command {
                code: "print(1)".into(),
                args: words("a -b")
            }
        );
        assert_eq!(
            target("- a b"),
            Target::Stdin {
                dash: true,
                args: words("a b")
            }
        );
        assert_eq!(
            target("-- -weird.py x"),
            Target::File {
                path: "-weird.py".into(),
                args: words("x")
            }
        );
        assert_eq!(
            target(""),
            Target::Stdin {
                dash: false,
                args: vec![]
            }
        );
    }

    #[test]
    fn short_options_combine_and_take_attached_arguments() {
        let inv = parse_with("-uqc code x", &[]).unwrap();
        assert!(inv.flags.unbuffered && inv.flags.quiet);
        assert_eq!(
            inv.target,
            Target::Command {
                code: "code".into(),
                args: words("x")
            }
        );
        let inv = parse_with("-Xgcstats -X dev -Werror -OO -mpkg.mod a", &[]).unwrap();
        assert_eq!(inv.flags.xoptions, words("gcstats dev"));
        assert!(inv.flags.has_xoption("gcstats"));
        assert_eq!(inv.flags.warnings, words("error"));
        assert_eq!(inv.flags.optimize, 2);
        assert_eq!(
            inv.target,
            Target::Module {
                name: "pkg.mod".into(),
                args: words("a")
            }
        );
    }

    #[test]
    fn usage_errors_carry_cpythons_first_line() {
        let message = |line: &str| match parse_with(line, &[]) {
            Err(ArgsError::Usage(e)) => e.message,
            other => panic!("{line}: {other:?}"),
        };
        assert_eq!(message("-z"), "Unknown option: -z");
        assert_eq!(message("-c"), "Argument expected for the -c option");
        assert_eq!(message("-uW"), "Argument expected for the -W option");
        assert_eq!(message("--foo"), "unknown option --foo");
    }

    #[test]
    fn help_and_version_win_over_programs() {
        assert_eq!(target("-V"), Target::Version(1));
        assert_eq!(target("-VV"), Target::Version(2));
        assert_eq!(target("--version prog.py"), Target::Version(1));
        assert_eq!(target("-h -V"), Target::Help);
        assert_eq!(target("--help-env"), Target::HelpEnv);
    }

    #[test]
    fn environment_applies_unless_ignored() {
        let vars = [
            ("PYTHONUNBUFFERED", "1"),
            ("PYTHONHASHSEED", "42"),
            ("PYTHONPATH", "/a:/b"),
            ("PYTHONWARNINGS", "ignore,default"),
            ("PYTHONINSPECT", ""),
        ];
        let inv = parse_with("-W error x.py", &vars).unwrap();
        assert!(inv.flags.unbuffered);
        assert!(!inv.flags.inspect, "an empty variable counts as unset");
        assert_eq!(inv.flags.hash_seed, Some(42));
        assert_eq!(inv.flags.python_path, words("/a /b"));
        assert_eq!(inv.flags.warnings, words("ignore default error"));
        for ignoring in ["-E x.py", "-I x.py"] {
            let inv = parse_with(ignoring, &vars).unwrap();
            assert!(
                !inv.flags.unbuffered && inv.flags.hash_seed.is_none(),
                "{ignoring}"
            );
        }
        assert!(parse_with("-I x.py", &[]).unwrap().flags.no_user_site);
        assert!(matches!(
            parse_with("x.py", &[("PYTHONHASHSEED", "seven")]),
            Err(ArgsError::Fatal(_))
        ));
    }
}
