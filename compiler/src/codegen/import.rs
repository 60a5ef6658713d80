//! `import` and `from … import`: `IMPORT_NAME` with the level and fromlist below it,
//! `IMPORT_FROM` for each imported name, `IMPORT_STAR`. `import a.b` binds `a`;
//! `import a.b as c` walks to `a.b` with `IMPORT_FROM` and binds that.

use krait_ast::Alias;
use krait_bytecode::{Constant, Instruction};

use super::{Compiler, NameCtx};
use crate::error::CompileResult;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_import(&mut self, names: &'a [Alias]) -> CompileResult<()> {
        use Instruction::*;
        for alias in names {
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            let i = self.raw_name_index(&alias.name);
            self.emit(ImportName(i));
            let mut parts = alias.name.split('.');
            let top = parts.next().unwrap_or(&alias.name);
            match &alias.asname {
                None => self.compile_name(top, NameCtx::Store, alias.range)?,
                Some(asname) => {
                    let attrs: Vec<&str> = parts.collect();
                    if attrs.is_empty() {
                        self.compile_name(asname, NameCtx::Store, alias.range)?;
                        continue;
                    }
                    for (n, attr) in attrs.iter().enumerate() {
                        let i = self.raw_name_index(attr);
                        self.emit(ImportFrom(i));
                        if n + 1 < attrs.len() {
                            self.emit(Swap(2));
                            self.emit(PopTop);
                        }
                    }
                    self.compile_name(asname, NameCtx::Store, alias.range)?;
                    self.emit(PopTop);
                }
            }
        }
        Ok(())
    }

    pub(crate) fn compile_import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CompileResult<()> {
        use Instruction::*;
        self.load_const(Constant::Int(level as i64));
        let fromlist = names
            .iter()
            .map(|a| Constant::Str(a.name.clone()))
            .collect();
        self.load_const(Constant::Tuple(fromlist));
        let i = self.raw_name_index(module.unwrap_or(""));
        self.emit(ImportName(i));
        if names.first().is_some_and(|a| a.name == "*") {
            self.emit(ImportStar);
            return Ok(());
        }
        for alias in names {
            let i = self.raw_name_index(&alias.name);
            self.emit(ImportFrom(i));
            let stored = alias.asname.as_deref().unwrap_or(&alias.name);
            self.compile_name(stored, NameCtx::Store, alias.range)?;
        }
        self.emit(PopTop);
        Ok(())
    }
}
