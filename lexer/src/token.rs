//! The public token vocabulary: [`TokenKind`] (payload-free) and [`Token`] (a kind and its
//! byte range). Literal text is read back from the source through the range.

use text_size::TextRange;

/// One token: what it is and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// The token's kind.
    pub kind: TokenKind,
    /// Its UTF-8 byte range in the source. `Dedent`, `EndMarker` and a `Newline` added at the
    /// end of a file that lacks one have empty ranges.
    pub range: TextRange,
}

macro_rules! token_kinds {
    (
        literals { $($lit:ident => $lit_name:literal, $lit_doc:literal;)* }
        keywords { $($kw:ident => $kw_text:literal;)* }
        operators { $($op:ident => $op_text:literal, $op_exact:literal;)* }
    ) => {
        /// What a token is. Literals and names carry no payload: read their text through
        /// [`Token::range`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum TokenKind {
            $(#[doc = $lit_doc] $lit,)*
            $(#[doc = concat!("The keyword `", $kw_text, "`.")] $kw,)*
            $(#[doc = concat!("`", $op_text, "`.")] $op,)*
        }

        impl TokenKind {
            /// The name `python3 -m tokenize` prints for this token's type (`NAME`, `OP`, …).
            pub fn type_name(self) -> &'static str {
                match self {
                    $(TokenKind::$lit => $lit_name,)*
                    $(TokenKind::$kw => "NAME",)*
                    $(TokenKind::$op => "OP",)*
                }
            }

            /// The name `python3 -m tokenize -e` prints (`LPAR`, `PLUSEQUAL`, …).
            pub fn exact_type_name(self) -> &'static str {
                match self {
                    $(TokenKind::$lit => $lit_name,)*
                    $(TokenKind::$kw => "NAME",)*
                    $(TokenKind::$op => $op_exact,)*
                }
            }

            /// The fixed source text of keywords and operators; `None` for the rest.
            pub fn text(self) -> Option<&'static str> {
                match self {
                    $(TokenKind::$lit => None,)*
                    $(TokenKind::$kw => Some($kw_text),)*
                    $(TokenKind::$op => Some($op_text),)*
                }
            }

            /// Whether this is one of Python's (hard) keywords.
            pub fn is_keyword(self) -> bool {
                matches!(self, $(TokenKind::$kw)|*)
            }
        }

        /// The keyword spelled `name`, if `name` is one (soft keywords such as `match` are not).
        pub fn keyword(name: &str) -> Option<TokenKind> {
            match name {
                $($kw_text => Some(TokenKind::$kw),)*
                _ => None,
            }
        }
    };
}

token_kinds! {
    literals {
        Name => "NAME", "An identifier (soft keywords such as `match` included).";
        Int => "NUMBER", "An integer literal: decimal, hexadecimal, octal or binary.";
        Float => "NUMBER", "A floating-point literal.";
        Imaginary => "NUMBER", "An imaginary literal such as `2j`.";
        String => "STRING", "A string or bytes literal with its prefix and quotes, f-strings included.";
        Newline => "NEWLINE", "The end of a logical line.";
        Indent => "INDENT", "The indentation of a block grew.";
        Dedent => "DEDENT", "One indentation level closed.";
        EndMarker => "ENDMARKER", "The end of the input.";
        ErrorToken => "ERRORTOKEN", "A character that starts no token (`$`, `?`, a lone `!`, a backtick); the parser rejects it.";
        Comment => "COMMENT", "A comment, from `#` to the end of the line (only from [`crate::tokenize_with_trivia`]).";
        NonLogicalNewline => "NL", "A line break that ends no statement: a blank or comment-only line, or inside brackets (only from [`crate::tokenize_with_trivia`]).";
    }
    keywords {
        False => "False";
        None => "None";
        True => "True";
        And => "and";
        As => "as";
        Assert => "assert";
        Async => "async";
        Await => "await";
        Break => "break";
        Class => "class";
        Continue => "continue";
        Def => "def";
        Del => "del";
        Elif => "elif";
        Else => "else";
        Except => "except";
        Finally => "finally";
        For => "for";
        From => "from";
        Global => "global";
        If => "if";
        Import => "import";
        In => "in";
        Is => "is";
        Lambda => "lambda";
        Nonlocal => "nonlocal";
        Not => "not";
        Or => "or";
        Pass => "pass";
        Raise => "raise";
        Return => "return";
        Try => "try";
        While => "while";
        With => "with";
        Yield => "yield";
    }
    operators {
        LPar => "(", "LPAR";
        RPar => ")", "RPAR";
        LSqb => "[", "LSQB";
        RSqb => "]", "RSQB";
        LBrace => "{", "LBRACE";
        RBrace => "}", "RBRACE";
        Colon => ":", "COLON";
        Comma => ",", "COMMA";
        Semi => ";", "SEMI";
        Plus => "+", "PLUS";
        Minus => "-", "MINUS";
        Star => "*", "STAR";
        Slash => "/", "SLASH";
        VBar => "|", "VBAR";
        Amper => "&", "AMPER";
        Less => "<", "LESS";
        Greater => ">", "GREATER";
        Equal => "=", "EQUAL";
        Dot => ".", "DOT";
        Percent => "%", "PERCENT";
        EqEqual => "==", "EQEQUAL";
        NotEqual => "!=", "NOTEQUAL";
        LessEqual => "<=", "LESSEQUAL";
        GreaterEqual => ">=", "GREATEREQUAL";
        Tilde => "~", "TILDE";
        Circumflex => "^", "CIRCUMFLEX";
        LeftShift => "<<", "LEFTSHIFT";
        RightShift => ">>", "RIGHTSHIFT";
        DoubleStar => "**", "DOUBLESTAR";
        PlusEqual => "+=", "PLUSEQUAL";
        MinEqual => "-=", "MINEQUAL";
        StarEqual => "*=", "STAREQUAL";
        SlashEqual => "/=", "SLASHEQUAL";
        PercentEqual => "%=", "PERCENTEQUAL";
        AmperEqual => "&=", "AMPEREQUAL";
        VBarEqual => "|=", "VBAREQUAL";
        CircumflexEqual => "^=", "CIRCUMFLEXEQUAL";
        LeftShiftEqual => "<<=", "LEFTSHIFTEQUAL";
        RightShiftEqual => ">>=", "RIGHTSHIFTEQUAL";
        DoubleStarEqual => "**=", "DOUBLESTAREQUAL";
        DoubleSlash => "//", "DOUBLESLASH";
        DoubleSlashEqual => "//=", "DOUBLESLASHEQUAL";
        At => "@", "AT";
        AtEqual => "@=", "ATEQUAL";
        RArrow => "->", "RARROW";
        Ellipsis => "...", "ELLIPSIS";
        ColonEqual => ":=", "COLONEQUAL";
    }
}

impl TokenKind {
    /// Whether this token opens a bracket.
    pub fn is_open_bracket(self) -> bool {
        matches!(self, TokenKind::LPar | TokenKind::LSqb | TokenKind::LBrace)
    }

    /// Whether this token closes a bracket.
    pub fn is_close_bracket(self) -> bool {
        matches!(self, TokenKind::RPar | TokenKind::RSqb | TokenKind::RBrace)
    }
}
