//! The builtin classes (`object`, `type`, `int`, …, the exception hierarchy) and the
//! pre-interned names the VM looks up often (`__init__`, `__eq__`, …), created at start-up.

use krait_gc::{Gc, Heap, Trace};

use crate::object::class::c3_mro;
use crate::object::{ClassData, Dict, Layout, Object, Payload};

/// Allocates a builtin class with one base.
fn new_class(
    heap: &mut Heap,
    metatype: Gc<Object>,
    name: &str,
    base: Option<Gc<Object>>,
    layout: Layout,
) -> Gc<Object> {
    let bases: Vec<_> = base.into_iter().collect();
    let mut data = ClassData::new(name, bases.clone(), Dict::new(), layout);
    data.builtin = true;
    let class = heap.alloc(Object::new(metatype, Payload::Class(Box::new(data))));
    let mut mro = vec![class];
    mro.extend(c3_mro(&bases).unwrap_or_default());
    if let Some(c) = class.as_class() {
        *c.mro.borrow_mut() = mro;
    }
    class
}

macro_rules! builtin_types {
    (
        roots($object:ident, $type_:ident)
        classes { $($field:ident = $name:literal < $base:ident : $layout:ident),* $(,)? }
    ) => {
        /// Every builtin class.
        #[derive(Trace)]
        #[allow(missing_docs)]
        pub struct Types {
            pub $type_: Gc<Object>,
            pub $object: Gc<Object>,
            $(pub $field: Gc<Object>,)*
        }

        impl Types {
            /// Creates the builtin classes; `type` is its own class.
            pub(crate) fn bootstrap(heap: &mut Heap) -> Types {
                let $object = {
                    let mut data = ClassData::new("object", Vec::new(), Dict::new(), Layout::Instance);
                    data.builtin = true;
                    heap.alloc(Object::classless(Payload::Class(Box::new(data))))
                };
                let $type_ = {
                    let mut data = ClassData::new("type", vec![$object], Dict::new(), Layout::Builtin);
                    data.builtin = true;
                    heap.alloc(Object::classless(Payload::Class(Box::new(data))))
                };
                $object.set_class($type_);
                $type_.set_class($type_);
                if let Some(c) = $object.as_class() {
                    *c.mro.borrow_mut() = vec![$object];
                }
                if let Some(c) = $type_.as_class() {
                    *c.mro.borrow_mut() = vec![$type_, $object];
                }
                $(let $field = new_class(heap, $type_, $name, Some($base), Layout::$layout);)*
                Types { $type_, $object, $($field,)* }
            }

            /// Every builtin class with its name.
            pub(crate) fn exposed(&self) -> Vec<(&'static str, Gc<Object>)> {
                vec![("type", self.$type_), ("object", self.$object), $(($name, self.$field)),*]
            }
        }
    };
}

builtin_types! {
    roots(object, type_)
    classes {
        int = "int" < object : Builtin,
        bool_ = "bool" < int : Builtin,
        float = "float" < object : Builtin,
        str = "str" < object : Builtin,
        list = "list" < object : Builtin,
        tuple = "tuple" < object : Builtin,
        dict = "dict" < object : Builtin,
        set = "set" < object : Builtin,
        frozenset = "frozenset" < object : Builtin,
        bytes = "bytes" < object : Builtin,
        none_type = "NoneType" < object : Builtin,
        not_implemented_type = "NotImplementedType" < object : Builtin,
        ellipsis_type = "ellipsis" < object : Builtin,
        function = "function" < object : Builtin,
        builtin_function = "builtin_function_or_method" < object : Builtin,
        method = "method" < object : Builtin,
        cell = "cell" < object : Builtin,
        code = "code" < object : Builtin,
        module = "module" < object : Builtin,
        range = "range" < object : Builtin,
        slice = "slice" < object : Builtin,
        generator = "generator" < object : Builtin,
        property = "property" < object : Builtin,
        staticmethod = "staticmethod" < object : Builtin,
        classmethod = "classmethod" < object : Builtin,
        super_ = "super" < object : Builtin,
        list_iterator = "list_iterator" < object : Builtin,
        tuple_iterator = "tuple_iterator" < object : Builtin,
        str_iterator = "str_ascii_iterator" < object : Builtin,
        range_iterator = "range_iterator" < object : Builtin,
        dict_keyiterator = "dict_keyiterator" < object : Builtin,
        dict_valueiterator = "dict_valueiterator" < object : Builtin,
        dict_itemiterator = "dict_itemiterator" < object : Builtin,
        set_iterator = "set_iterator" < object : Builtin,
        dict_keys = "dict_keys" < object : Builtin,
        dict_values = "dict_values" < object : Builtin,
        dict_items = "dict_items" < object : Builtin,
        enumerate = "enumerate" < object : Builtin,
        zip = "zip" < object : Builtin,
        map = "map" < object : Builtin,
        filter = "filter" < object : Builtin,
        reversed = "reversed" < object : Builtin,
        seq_iterator = "iterator" < object : Builtin,
        member_descriptor = "member_descriptor" < object : Builtin,
        getset_descriptor = "getset_descriptor" < object : Builtin,
        null_type = "NULL" < object : Builtin,
        text_io_wrapper = "TextIOWrapper" < object : Builtin,
        buffered_reader = "BufferedReader" < object : Builtin,
        buffered_writer = "BufferedWriter" < object : Builtin,
        buffered_random = "BufferedRandom" < object : Builtin,
        callable_iterator = "callable_iterator" < object : Builtin,
        bytearray = "bytearray" < object : Builtin,
        complex = "complex" < object : Builtin,
        memoryview = "memoryview" < object : Builtin,
        mappingproxy = "mappingproxy" < object : Builtin,
        base_exception = "BaseException" < object : Exception,
        system_exit = "SystemExit" < base_exception : Exception,
        keyboard_interrupt = "KeyboardInterrupt" < base_exception : Exception,
        generator_exit = "GeneratorExit" < base_exception : Exception,
        exception = "Exception" < base_exception : Exception,
        arithmetic_error = "ArithmeticError" < exception : Exception,
        zero_division_error = "ZeroDivisionError" < arithmetic_error : Exception,
        overflow_error = "OverflowError" < arithmetic_error : Exception,
        floating_point_error = "FloatingPointError" < arithmetic_error : Exception,
        assertion_error = "AssertionError" < exception : Exception,
        attribute_error = "AttributeError" < exception : Exception,
        buffer_error = "BufferError" < exception : Exception,
        eof_error = "EOFError" < exception : Exception,
        lookup_error = "LookupError" < exception : Exception,
        index_error = "IndexError" < lookup_error : Exception,
        key_error = "KeyError" < lookup_error : Exception,
        memory_error = "MemoryError" < exception : Exception,
        name_error = "NameError" < exception : Exception,
        unbound_local_error = "UnboundLocalError" < name_error : Exception,
        os_error = "OSError" < exception : Exception,
        file_not_found_error = "FileNotFoundError" < os_error : Exception,
        runtime_error = "RuntimeError" < exception : Exception,
        recursion_error = "RecursionError" < runtime_error : Exception,
        not_implemented_error = "NotImplementedError" < runtime_error : Exception,
        stop_iteration = "StopIteration" < exception : Exception,
        type_error = "TypeError" < exception : Exception,
        value_error = "ValueError" < exception : Exception,
        unicode_error = "UnicodeError" < value_error : Exception,
        import_error = "ImportError" < exception : Exception,
        module_not_found_error = "ModuleNotFoundError" < import_error : Exception,
        syntax_error = "SyntaxError" < exception : Exception,
        indentation_error = "IndentationError" < syntax_error : Exception,
        tab_error = "TabError" < indentation_error : Exception,
        unicode_decode_error = "UnicodeDecodeError" < unicode_error : Exception,
        unicode_encode_error = "UnicodeEncodeError" < unicode_error : Exception,
        permission_error = "PermissionError" < os_error : Exception,
        file_exists_error = "FileExistsError" < os_error : Exception,
        is_a_directory_error = "IsADirectoryError" < os_error : Exception,
        not_a_directory_error = "NotADirectoryError" < os_error : Exception,
        timeout_error = "TimeoutError" < os_error : Exception,
        connection_error = "ConnectionError" < os_error : Exception,
        interrupted_error = "InterruptedError" < os_error : Exception,
        reference_error = "ReferenceError" < exception : Exception,
        system_error = "SystemError" < exception : Exception,
        stop_async_iteration = "StopAsyncIteration" < exception : Exception,
        warning = "Warning" < exception : Exception,
        syntax_warning = "SyntaxWarning" < warning : Exception,
        future_warning = "FutureWarning" < warning : Exception,
        pending_deprecation_warning = "PendingDeprecationWarning" < warning : Exception,
        import_warning = "ImportWarning" < warning : Exception,
        unicode_warning = "UnicodeWarning" < warning : Exception,
        bytes_warning = "BytesWarning" < warning : Exception,
        resource_warning = "ResourceWarning" < warning : Exception,
        user_warning = "UserWarning" < warning : Exception,
        deprecation_warning = "DeprecationWarning" < warning : Exception,
        runtime_warning = "RuntimeWarning" < warning : Exception,
        coroutine = "coroutine" < object : Builtin,
        async_generator = "async_generator" < object : Builtin,
        coroutine_wrapper = "coroutine_wrapper" < object : Builtin,
        async_generator_asend = "async_generator_asend" < object : Builtin,
        async_generator_athrow = "async_generator_athrow" < object : Builtin,
        frame = "frame" < object : Builtin,
        traceback = "traceback" < object : Builtin,
        anext_awaitable = "anext_awaitable" < object : Builtin,
        encoding_warning = "EncodingWarning" < warning : Exception,
        unicode_translate_error = "UnicodeTranslateError" < unicode_error : Exception,
        blocking_io_error = "BlockingIOError" < os_error : Exception,
        child_process_error = "ChildProcessError" < os_error : Exception,
        process_lookup_error = "ProcessLookupError" < os_error : Exception,
        broken_pipe_error = "BrokenPipeError" < connection_error : Exception,
        connection_aborted_error = "ConnectionAbortedError" < connection_error : Exception,
        connection_refused_error = "ConnectionRefusedError" < connection_error : Exception,
        connection_reset_error = "ConnectionResetError" < connection_error : Exception,
        base_exception_group = "BaseExceptionGroup" < base_exception : Exception,
        // Its second base, `Exception`, is added by `builtins::exception_group::install`.
        exception_group = "ExceptionGroup" < base_exception_group : Exception,
        array = "array" < object : Builtin,
    }
}

macro_rules! names {
    ($($field:ident = $text:literal),* $(,)?) => {
        /// Interned strs for the names the VM itself looks up.
        #[derive(Trace)]
        #[allow(missing_docs)]
        pub struct Names {
            $(pub $field: Gc<Object>,)*
        }

        impl Names {
            /// Interns every name through `intern`.
            pub(crate) fn new(mut intern: impl FnMut(&str) -> Gc<Object>) -> Names {
                Names { $($field: intern($text),)* }
            }
        }
    };
}

names! {
    init = "__init__",
    new = "__new__",
    repr = "__repr__",
    str = "__str__",
    format = "__format__",
    hash = "__hash__",
    eq = "__eq__",
    ne = "__ne__",
    lt = "__lt__",
    le = "__le__",
    gt = "__gt__",
    ge = "__ge__",
    bool_ = "__bool__",
    len = "__len__",
    iter = "__iter__",
    next = "__next__",
    getitem = "__getitem__",
    setitem = "__setitem__",
    delitem = "__delitem__",
    contains = "__contains__",
    call = "__call__",
    del = "__del__",
    getattr = "__getattr__",
    getattribute = "__getattribute__",
    setattr = "__setattr__",
    delattr = "__delattr__",
    get = "__get__",
    set = "__set__",
    enter = "__enter__",
    exit = "__exit__",
    neg = "__neg__",
    pos = "__pos__",
    invert = "__invert__",
    abs = "__abs__",
    index = "__index__",
    int = "__int__",
    float = "__float__",
    round = "__round__",
    name = "__name__",
    qualname = "__qualname__",
    module = "__module__",
    doc = "__doc__",
    dict = "__dict__",
    weakref = "__weakref__",
    class = "__class__",
    classcell = "__classcell__",
    builtins = "__builtins__",
    file = "__file__",
    main = "__main__",
    slots = "__slots__",
    init_subclass = "__init_subclass__",
    set_name = "__set_name__",
    class_getitem = "__class_getitem__",
    missing = "__missing__",
    reversed = "__reversed__",
    annotations = "__annotations__",
    delete = "__delete__",
    abstractmethods = "__abstractmethods__",
    pow = "__pow__",
    prepare = "__prepare__",
    instancecheck = "__instancecheck__",
    subclasscheck = "__subclasscheck__",
}
