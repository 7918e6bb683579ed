(module
 (type $0 (func (param i32 i32 i32)))
 (type $1 (func (param i32 i32)))
 (type $2 (func (param v128) (result v128)))
 (type $3 (func (param v128 v128) (result v128)))
 (type $4 (func (param i32) (result i32)))
 (type $5 (func (param i32 i32) (result i32)))
 (type $6 (func))
 (memory $0 22 22)
 (data $0 (i32.const 79376) "\00\00\00\00\01\00\00\00")
 (export "memory" (memory $0))
 (export "first_non_finite" (func $first_non_finite))
 (export "entry:char_rnn_names" (func $char_rnn_names))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
    )
    (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
   )
  )
  (local.set $2
   (f32x4.nearest
    (f32x4.mul
     (local.get $1)
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (local.set $3
   (f32x4.sub
    (f32x4.sub
     (local.get $1)
     (f32x4.mul
      (local.get $2)
      (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
     )
    )
    (f32x4.mul
     (local.get $2)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
             (local.get $3)
            )
            (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
           )
           (local.get $3)
          )
          (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
         )
         (local.get $3)
        )
        (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
       )
       (local.get $3)
      )
      (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.add
     (f32x4.mul
      (local.get $4)
      (f32x4.mul
       (local.get $3)
       (local.get $3)
      )
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $5
   (i32x4.trunc_sat_f32x4_s
    (local.get $2)
   )
  )
  (local.set $6
   (i32x4.shr_s
    (local.get $5)
    (i32.const 1)
   )
  )
  (f32x4.mul
   (f32x4.mul
    (local.get $4)
    (i32x4.shl
     (i32x4.add
      (local.get $6)
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $5)
      (local.get $6)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local.set $1
   (f32x4.lt
    (local.get $0)
    (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
   )
  )
  (local.set $2
   (v128.bitselect
    (f32x4.mul
     (local.get $0)
     (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
    )
    (local.get $0)
    (local.get $1)
   )
  )
  (local.set $3
   (i32x4.sub
    (i32x4.sub
     (i32x4.shr_u
      (local.get $2)
      (i32.const 23)
     )
     (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
    )
    (v128.and
     (local.get $1)
     (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
    )
   )
  )
  (local.set $4
   (v128.or
    (v128.and
     (local.get $2)
     (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $5
   (f32x4.lt
    (local.get $4)
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (i32x4.add
    (local.get $3)
    (local.get $5)
   )
  )
  (local.set $4
   (f32x4.sub
    (f32x4.add
     (local.get $4)
     (v128.and
      (local.get $4)
      (local.get $5)
     )
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $8
   (f32x4.convert_i32x4_s
    (local.get $3)
   )
  )
  (local.set $6
   (f32x4.mul
    (local.get $4)
    (local.get $4)
   )
  )
  (local.set $7
   (f32x4.mul
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                     (local.get $4)
                    )
                    (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                   )
                   (local.get $4)
                  )
                  (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                 )
                 (local.get $4)
                )
                (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
               )
               (local.get $4)
              )
              (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
             )
             (local.get $4)
            )
            (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
           )
           (local.get $4)
          )
          (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
         )
         (local.get $4)
        )
        (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
       )
       (local.get $4)
      )
      (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
     )
     (local.get $4)
    )
    (local.get $6)
   )
  )
  (local.set $7
   (f32x4.add
    (local.get $7)
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $7
   (f32x4.sub
    (local.get $7)
    (f32x4.mul
     (local.get $6)
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
   )
  )
  (local.set $9
   (f32x4.add
    (f32x4.add
     (local.get $4)
     (local.get $7)
    )
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
    (local.get $9)
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $9)
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (v128.bitselect
   (local.get $0)
   (local.get $9)
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $gf_tanh_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $1
   (f32x4.abs
    (local.get $0)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $0)
    (local.get $0)
   )
  )
  (local.set $3
   (f32x4.add
    (f32x4.mul
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (v128.const i32x4 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea)
              (local.get $2)
             )
             (v128.const i32x4 0x3ca9134e 0x3ca9134e 0x3ca9134e 0x3ca9134e)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d)
          )
          (local.get $2)
         )
         (v128.const i32x4 0x3e088393 0x3e088393 0x3e088393 0x3e088393)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99)
      )
      (local.get $2)
     )
     (local.get $0)
    )
    (local.get $0)
   )
  )
  (local.set $4
   (f32x4.sub
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    (f32x4.div
     (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
     (f32x4.add
      (call $gf_exp_f32x4
       (f32x4.add
        (local.get $1)
        (local.get $1)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
   )
  )
  (v128.or
   (v128.bitselect
    (local.get $3)
    (local.get $4)
    (f32x4.lt
     (local.get $1)
     (v128.const i32x4 0x3f200000 0x3f200000 0x3f200000 0x3f200000)
    )
   )
   (v128.and
    (local.get $0)
    (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
   )
  )
 )
 (func $gf_erf_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000)
    )
    (v128.const i32x4 0xc0800000 0xc0800000 0xc0800000 0xc0800000)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $1)
    (local.get $1)
   )
  )
  (f32x4.div
   (f32x4.mul
    (local.get $1)
    (f32x4.add
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (v128.const i32x4 0xaf95df0b 0xaf95df0b 0xaf95df0b 0xaf95df0b)
                (local.get $2)
               )
               (v128.const i32x4 0x32edffee 0x32edffee 0x32edffee 0x32edffee)
              )
              (local.get $2)
             )
             (v128.const i32x4 0xb60cff51 0xb60cff51 0xb60cff51 0xb60cff51)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2)
          )
          (local.get $2)
         )
         (v128.const i32x4 0xba40ac63 0xba40ac63 0xba40ac63 0xba40ac63)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6)
      )
      (local.get $2)
     )
     (v128.const i32x4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4)
    )
   )
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (v128.const i32x4 0xb77460cd 0xb77460cd 0xb77460cd 0xb77460cd)
           (local.get $2)
          )
          (v128.const i32x4 0xb95fbd29 0xb95fbd29 0xb95fbd29 0xb95fbd29)
         )
         (local.get $2)
        )
        (v128.const i32x4 0xbadc924e 0xbadc924e 0xbadc924e 0xbadc924e)
       )
       (local.get $2)
      )
      (v128.const i32x4 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8)
     )
     (local.get $2)
    )
    (v128.const i32x4 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7)
   )
  )
 )
 (func $gf_pow_f32x4 (param $0 v128) (param $1 v128) (result v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $2
   (call $gf_exp_f32x4
    (f32x4.mul
     (local.get $1)
     (call $gf_log_f32x4
      (f32x4.abs
       (local.get $0)
      )
     )
    )
   )
  )
  (local.set $3
   (f32x4.eq
    (f32x4.trunc
     (local.get $1)
    )
    (local.get $1)
   )
  )
  (local.set $4
   (v128.and
    (v128.and
     (local.get $3)
     (f32x4.lt
      (f32x4.abs
       (local.get $1)
      )
      (v128.const i32x4 0x4b800000 0x4b800000 0x4b800000 0x4b800000)
     )
    )
    (i32x4.ne
     (v128.and
      (i32x4.trunc_sat_f32x4_s
       (local.get $1)
      )
      (v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $2
   (v128.or
    (local.get $2)
    (v128.and
     (v128.and
      (local.get $0)
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
     )
     (local.get $4)
    )
   )
  )
  (local.set $2
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $2)
    (v128.andnot
     (v128.and
      (f32x4.lt
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (f32x4.ne
       (local.get $0)
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
     )
     (local.get $3)
    )
   )
  )
  (v128.bitselect
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   (local.get $2)
   (f32x4.eq
    (local.get $1)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
 )
 (func $gf_mix32 (param $0 i32) (result i32)
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const 2146121005)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const -2073254261)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $gf_mix32_i32x4 (param $0 v128) (result v128)
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x7feb352d 0x7feb352d 0x7feb352d 0x7feb352d)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x846ca68b 0x846ca68b 0x846ca68b 0x846ca68b)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $first_non_finite (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local.set $2
   (i32.const 0)
  )
  (block $blocks
   (loop $block
    (br_if $blocks
     (i32.ge_u
      (local.get $2)
      (i32.and
       (local.get $1)
       (i32.const -16)
      )
     )
    )
    (br_if $blocks
     (v128.any_true
      (v128.or
       (v128.or
        (v128.or
         (i32x4.eq
          (v128.and
           (v128.load align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (i32x4.eq
          (v128.and
           (v128.load offset=16 align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
        )
        (i32x4.eq
         (v128.and
          (v128.load offset=32 align=4
           (i32.add
            (local.get $0)
            (i32.shl
             (local.get $2)
             (i32.const 2)
            )
           )
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
       )
       (i32x4.eq
        (v128.and
         (v128.load offset=48 align=4
          (i32.add
           (local.get $0)
           (i32.shl
            (local.get $2)
            (i32.const 2)
           )
          )
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
        (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
       )
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 16)
     )
    )
    (br $block)
   )
  )
  (block $scalars
   (loop $scalar
    (br_if $scalars
     (i32.ge_u
      (local.get $2)
      (local.get $1)
     )
    )
    (if
     (i32.eq
      (i32.and
       (i32.load
        (i32.add
         (local.get $0)
         (i32.shl
          (local.get $2)
          (i32.const 2)
         )
        )
       )
       (i32.const 2139095040)
      )
      (i32.const 2139095040)
     )
     (then
      (return
       (local.get $2)
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br $scalar)
   )
  )
  (i32.const -1)
 )
 (func $k0_embed_gather_reshape (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 f32)
  (local $17 f32)
  (local $18 f32)
  (block
   (local.set $6
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $6)
     (select
      (local.get $2)
      (i32.const 1024)
      (i32.lt_s
       (local.get $2)
       (i32.const 1024)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $7
        (i32.const 0)
       )
       (loop $for0
        (local.set $8
         (i32.add
          (i32.mul
           (local.get $6)
           (i32.const 16)
          )
          (local.get $7)
         )
        )
        (local.set $9
         (i32.div_u
          (local.get $8)
          (i32.const 256)
         )
        )
        (local.set $10
         (i32.rem_u
          (i32.div_u
           (local.get $8)
           (i32.const 16)
          )
          (i32.const 16)
         )
        )
        (local.set $11
         (i32.rem_u
          (local.get $8)
          (i32.const 16)
         )
        )
        (local.set $12
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 16)
          )
          (local.get $10)
         )
        )
        (local.set $13
         (i32.load offset=79392
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (select
          (i32.const 0)
          (select
           (i32.const 39)
           (local.get $13)
           (i32.gt_s
            (local.get $13)
            (i32.const 39)
           )
          )
          (i32.lt_s
           (local.get $13)
           (i32.const 0)
          )
         )
        )
        (local.set $15
         (i32.add
          (i32.mul
           (local.get $14)
           (i32.const 16)
          )
          (local.get $11)
         )
        )
        (local.set $16
         (f32.load
          (i32.shl
           (local.get $15)
           (i32.const 2)
          )
         )
        )
        (local.set $17
         (local.get $16)
        )
        (local.set $18
         (local.get $17)
        )
        (f32.store offset=83744
         (i32.shl
          (local.get $8)
          (i32.const 2)
         )
         (local.get $18)
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $7)
          (i32.const 16)
         )
        )
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $6)
        (select
         (local.get $2)
         (i32.const 1024)
         (i32.lt_s
          (local.get $2)
          (i32.const 1024)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k1_gru_forward_matmul_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 i32)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 i32)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 v128)
  (local $74 v128)
  (local $75 v128)
  (local $76 i32)
  (local $77 i32)
  (local $78 i32)
  (local $79 i32)
  (local $80 v128)
  (local $81 v128)
  (local $82 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 16)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 18)
        (i32.lt_s
         (local.get $1)
         (i32.const 18)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 512)
          )
         )
        )
        (v128.store offset=1427776 align=4
         (local.get $24)
         (v128.load offset=2560 align=4
          (local.get $23)
         )
        )
        (v128.store offset=1427792 align=4
         (local.get $24)
         (v128.load offset=2576 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 18)
           (i32.lt_s
            (local.get $1)
            (i32.const 18)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 576)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel2
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 512)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $82
        (i32.const 256)
       )
       (loop $rows3
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 64)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 512)
         )
        )
        (loop $k4
         (local.set $18
          (v128.load offset=1427776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=1427792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=83744
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=83808
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=83872
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=83936
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 32)
          )
         )
         (br_if $k4
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=149280 align=4
         (local.get $9)
         (block (result v128)
          (local.set $26
           (local.get $10)
          )
          (local.set $27
           (local.get $3)
          )
          (local.set $28
           (local.get $4)
          )
          (local.set $29
           (i32.add
            (i32.mul
             (local.get $27)
             (i32.const 144)
            )
            (local.get $28)
           )
          )
          (local.set $30
           (local.get $28)
          )
          (local.set $31
           (v128.load offset=39424 align=4
            (i32.shl
             (local.get $30)
             (i32.const 2)
            )
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $26)
            (local.get $31)
           )
          )
          (local.get $32)
         )
        )
        (v128.store offset=149296 align=4
         (local.get $9)
         (block (result v128)
          (local.set $33
           (local.get $11)
          )
          (local.set $34
           (local.get $3)
          )
          (local.set $35
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $36
           (i32.add
            (i32.mul
             (local.get $34)
             (i32.const 144)
            )
            (local.get $35)
           )
          )
          (local.set $37
           (local.get $35)
          )
          (local.set $38
           (v128.load offset=39424 align=4
            (i32.shl
             (local.get $37)
             (i32.const 2)
            )
           )
          )
          (local.set $39
           (f32x4.add
            (local.get $33)
            (local.get $38)
           )
          )
          (local.get $39)
         )
        )
        (v128.store offset=149856 align=4
         (local.get $9)
         (block (result v128)
          (local.set $40
           (local.get $12)
          )
          (local.set $41
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $42
           (local.get $4)
          )
          (local.set $43
           (i32.add
            (i32.mul
             (local.get $41)
             (i32.const 144)
            )
            (local.get $42)
           )
          )
          (local.set $44
           (local.get $42)
          )
          (local.set $45
           (v128.load offset=39424 align=4
            (i32.shl
             (local.get $44)
             (i32.const 2)
            )
           )
          )
          (local.set $46
           (f32x4.add
            (local.get $40)
            (local.get $45)
           )
          )
          (local.get $46)
         )
        )
        (v128.store offset=149872 align=4
         (local.get $9)
         (block (result v128)
          (local.set $47
           (local.get $13)
          )
          (local.set $48
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $49
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $50
           (i32.add
            (i32.mul
             (local.get $48)
             (i32.const 144)
            )
            (local.get $49)
           )
          )
          (local.set $51
           (local.get $49)
          )
          (local.set $52
           (v128.load offset=39424 align=4
            (i32.shl
             (local.get $51)
             (i32.const 2)
            )
           )
          )
          (local.set $53
           (f32x4.add
            (local.get $47)
            (local.get $52)
           )
          )
          (local.get $53)
         )
        )
        (v128.store offset=150432 align=4
         (local.get $9)
         (block (result v128)
          (local.set $54
           (local.get $14)
          )
          (local.set $55
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $56
           (local.get $4)
          )
          (local.set $57
           (i32.add
            (i32.mul
             (local.get $55)
             (i32.const 144)
            )
            (local.get $56)
           )
          )
          (local.set $58
           (local.get $56)
          )
          (local.set $59
           (v128.load offset=39424 align=4
            (i32.shl
             (local.get $58)
             (i32.const 2)
            )
           )
          )
          (local.set $60
           (f32x4.add
            (local.get $54)
            (local.get $59)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=150448 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=39424 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (f32x4.add
            (local.get $61)
            (local.get $66)
           )
          )
          (local.get $67)
         )
        )
        (v128.store offset=151008 align=4
         (local.get $9)
         (block (result v128)
          (local.set $68
           (local.get $16)
          )
          (local.set $69
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $70
           (local.get $4)
          )
          (local.set $71
           (i32.add
            (i32.mul
             (local.get $69)
             (i32.const 144)
            )
            (local.get $70)
           )
          )
          (local.set $72
           (local.get $70)
          )
          (local.set $73
           (v128.load offset=39424 align=4
            (i32.shl
             (local.get $72)
             (i32.const 2)
            )
           )
          )
          (local.set $74
           (f32x4.add
            (local.get $68)
            (local.get $73)
           )
          )
          (local.get $74)
         )
        )
        (v128.store offset=151024 align=4
         (local.get $9)
         (block (result v128)
          (local.set $75
           (local.get $17)
          )
          (local.set $76
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $77
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $78
           (i32.add
            (i32.mul
             (local.get $76)
             (i32.const 144)
            )
            (local.get $77)
           )
          )
          (local.set $79
           (local.get $77)
          )
          (local.set $80
           (v128.load offset=39424 align=4
            (i32.shl
             (local.get $79)
             (i32.const 2)
            )
           )
          )
          (local.set $81
           (f32x4.add
            (local.get $75)
            (local.get $80)
           )
          )
          (local.get $81)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows3
         (i32.ne
          (local.tee $82
           (i32.sub
            (local.get $82)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel2
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k1_gru_forward_matmul_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k1_gru_forward_matmul_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k2_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.mul
        (local.get $3)
        (i32.const 16)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=739104
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k3_gru_forward_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 i32)
  (local $24 i32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 f32)
  (local $32 f32)
  (local $33 f32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 f32)
  (local $40 f32)
  (local $41 f32)
  (local $42 f32)
  (local $43 f32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 f32)
  (local $50 f32)
  (local $51 f32)
  (local $52 f32)
  (local $53 f32)
  (local $54 i32)
  (local $55 i32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 f32)
  (local $61 f32)
  (local $62 f32)
  (local $63 f32)
  (local $64 i32)
  (local $65 i32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (local $72 f32)
  (local $73 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=739104
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $15)
           (i32.const 2304)
          )
          (local.get $16)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (local.get $10)
        )
        (local.set $24
         (local.get $10)
        )
        (local.set $25
         (f32.load offset=40000
          (i32.shl
           (local.get $24)
           (i32.const 2)
          )
         )
        )
        (local.set $26
         (local.get $25)
        )
        (local.set $27
         (local.get $26)
        )
        (local.set $28
         (f32.add
          (local.get $22)
          (local.get $27)
         )
        )
        (local.set $29
         (f32.mul
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $29)
           )
          )
         )
        )
        (local.set $31
         (f32.mul
          (local.get $30)
          (f32.const 0.5)
         )
        )
        (local.set $32
         (f32.add
          (local.get $31)
          (f32.const 0.5)
         )
        )
        (local.set $33
         (f32.sub
          (f32.const 1)
          (local.get $32)
         )
        )
        (local.set $34
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $35
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $34)
         )
        )
        (local.set $36
         (i32.div_u
          (local.get $35)
          (i32.const 144)
         )
        )
        (local.set $37
         (i32.rem_u
          (local.get $35)
          (i32.const 144)
         )
        )
        (local.set $38
         (i32.add
          (i32.mul
           (local.get $36)
           (i32.const 2304)
          )
          (local.get $37)
         )
        )
        (local.set $39
         (f32.load offset=149280
          (i32.shl
           (local.get $38)
           (i32.const 2)
          )
         )
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (local.get $40)
        )
        (local.set $42
         (local.get $41)
        )
        (local.set $43
         (local.get $42)
        )
        (local.set $44
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $45
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $44)
         )
        )
        (local.set $46
         (i32.div_u
          (local.get $45)
          (i32.const 144)
         )
        )
        (local.set $47
         (i32.rem_u
          (local.get $45)
          (i32.const 144)
         )
        )
        (local.set $48
         (i32.add
          (i32.mul
           (local.get $46)
           (i32.const 2304)
          )
          (local.get $47)
         )
        )
        (local.set $49
         (f32.load offset=149280
          (i32.shl
           (local.get $48)
           (i32.const 2)
          )
         )
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (local.get $50)
        )
        (local.set $52
         (local.get $51)
        )
        (local.set $53
         (local.get $52)
        )
        (local.set $54
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $55
         (local.get $54)
        )
        (local.set $56
         (f32.load offset=40000
          (i32.shl
           (local.get $55)
           (i32.const 2)
          )
         )
        )
        (local.set $57
         (local.get $56)
        )
        (local.set $58
         (local.get $57)
        )
        (local.set $59
         (f32.add
          (local.get $53)
          (local.get $58)
         )
        )
        (local.set $60
         (f32.mul
          (local.get $59)
          (f32.const 0.5)
         )
        )
        (local.set $61
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $60)
           )
          )
         )
        )
        (local.set $62
         (f32.mul
          (local.get $61)
          (f32.const 0.5)
         )
        )
        (local.set $63
         (f32.add
          (local.get $62)
          (f32.const 0.5)
         )
        )
        (local.set $64
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $65
         (local.get $64)
        )
        (local.set $66
         (f32.load offset=40000
          (i32.shl
           (local.get $65)
           (i32.const 2)
          )
         )
        )
        (local.set $67
         (local.get $66)
        )
        (local.set $68
         (local.get $67)
        )
        (local.set $69
         (f32.mul
          (local.get $63)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $43)
          (local.get $69)
         )
        )
        (local.set $71
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $70)
           )
          )
         )
        )
        (local.set $72
         (f32.mul
          (local.get $33)
          (local.get $71)
         )
        )
        (local.set $73
         (select
          (local.get $72)
          (f32.const 0)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=739360
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $73)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k4_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=739360
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=739552
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=739744
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=739936
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=751648 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=751664 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=752224 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=752240 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=752800 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=752816 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=753376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=753392 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k4_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k4_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k5_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 1)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=788512
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k6_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=788512
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 144)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=751648
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 144)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 144)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=751648
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=751648
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=739360
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=788768
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k7_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=788768
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=788960
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789152
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789344
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k7_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k7_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k8_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 2)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=776224
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k9_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=776224
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 288)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 288)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 288)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=788768
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=801056
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k10_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=801056
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801248
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801440
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801632
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k10_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k10_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k11_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 3)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=776480
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k12_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=776480
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 432)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 432)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 432)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=801056
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=788768
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k13_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=788768
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=788960
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789152
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789344
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k13_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k13_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k14_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 4)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=776736
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k15_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=776736
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 576)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 576)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 576)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=788768
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=801056
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k16_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=801056
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801248
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801440
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801632
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k16_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k16_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k17_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 5)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=776992
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k18_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=776992
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 720)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 720)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 720)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=801056
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=788768
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k19_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=788768
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=788960
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789152
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789344
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k19_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k19_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k20_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 6)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=777248
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k21_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=777248
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 864)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 864)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 864)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=788768
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=801056
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k22_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=801056
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801248
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801440
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801632
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k22_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k22_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k23_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 7)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=777504
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k24_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=777504
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1008)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1008)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1008)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=801056
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=788768
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k25_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=788768
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=788960
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789152
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789344
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k25_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k25_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k26_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 8)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=777760
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k27_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=777760
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1152)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1152)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1152)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=788768
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=801056
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k28_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=801056
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801248
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801440
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801632
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k28_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k28_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k29_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 9)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=778016
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k30_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=778016
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1296)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1296)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1296)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=801056
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=788768
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k31_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=788768
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=788960
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789152
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789344
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k31_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k31_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k32_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 10)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=778272
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k33_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=778272
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1440)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1440)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1440)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=788768
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=801056
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k34_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=801056
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801248
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801440
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801632
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k34_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k34_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k35_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 11)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=778528
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k36_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=778528
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1584)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1584)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1584)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=801056
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=788768
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k37_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=788768
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=788960
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789152
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789344
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k37_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k37_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k38_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 12)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=778784
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k39_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=778784
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1728)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1728)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1728)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=788768
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=801056
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k40_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=801056
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801248
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801440
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801632
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k40_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k40_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k41_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 13)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=779040
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k42_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=779040
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1872)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1872)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1872)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=801056
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=788768
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k43_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=788768
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=788960
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789152
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=789344
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k43_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k43_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k44_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 14)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=779296
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k45_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=779296
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 2016)
         )
        )
        (local.set $18
         (f32.load offset=149280
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=739360
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 2016)
         )
        )
        (local.set $36
         (f32.load offset=149280
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 2016)
         )
        )
        (local.set $46
         (f32.load offset=149280
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=739360
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=739360
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=788768
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=801056
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k46_gru_forward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=11776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=11792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=801056
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801248
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801440
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=801632
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=739360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=739376 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=739936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=739952 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=740512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=740528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=741088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=741104 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=40000 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k46_gru_forward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k46_gru_forward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k47_compare_slice (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (local.get $3)
      )
      (local.set $5
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 16)
        )
        (i32.const 15)
       )
      )
      (local.set $6
       (i32.load offset=79392
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
      )
      (local.set $7
       (f32.convert_i32_u
        (i32.ne
         (local.get $6)
         (i32.const 0)
        )
       )
      )
      (local.set $8
       (local.get $7)
      )
      (f32.store offset=779552
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
       (local.get $8)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k48_gru_backward_matmul_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 i32)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 i32)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 v128)
  (local $74 v128)
  (local $75 v128)
  (local $76 i32)
  (local $77 i32)
  (local $78 i32)
  (local $79 i32)
  (local $80 v128)
  (local $81 v128)
  (local $82 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 16)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 18)
        (i32.lt_s
         (local.get $1)
         (i32.const 18)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 512)
          )
         )
        )
        (v128.store offset=1427776 align=4
         (local.get $24)
         (v128.load offset=40576 align=4
          (local.get $23)
         )
        )
        (v128.store offset=1427792 align=4
         (local.get $24)
         (v128.load offset=40592 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 18)
           (i32.lt_s
            (local.get $1)
            (i32.const 18)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 576)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel2
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 512)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $82
        (i32.const 256)
       )
       (loop $rows3
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 64)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 512)
         )
        )
        (loop $k4
         (local.set $18
          (v128.load offset=1427776 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=1427792 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=83744
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=83808
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=83872
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=83936
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 32)
          )
         )
         (br_if $k4
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=813344 align=4
         (local.get $9)
         (block (result v128)
          (local.set $26
           (local.get $10)
          )
          (local.set $27
           (local.get $3)
          )
          (local.set $28
           (local.get $4)
          )
          (local.set $29
           (i32.add
            (i32.mul
             (local.get $27)
             (i32.const 144)
            )
            (local.get $28)
           )
          )
          (local.set $30
           (local.get $28)
          )
          (local.set $31
           (v128.load offset=77440 align=4
            (i32.shl
             (local.get $30)
             (i32.const 2)
            )
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $26)
            (local.get $31)
           )
          )
          (local.get $32)
         )
        )
        (v128.store offset=813360 align=4
         (local.get $9)
         (block (result v128)
          (local.set $33
           (local.get $11)
          )
          (local.set $34
           (local.get $3)
          )
          (local.set $35
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $36
           (i32.add
            (i32.mul
             (local.get $34)
             (i32.const 144)
            )
            (local.get $35)
           )
          )
          (local.set $37
           (local.get $35)
          )
          (local.set $38
           (v128.load offset=77440 align=4
            (i32.shl
             (local.get $37)
             (i32.const 2)
            )
           )
          )
          (local.set $39
           (f32x4.add
            (local.get $33)
            (local.get $38)
           )
          )
          (local.get $39)
         )
        )
        (v128.store offset=813920 align=4
         (local.get $9)
         (block (result v128)
          (local.set $40
           (local.get $12)
          )
          (local.set $41
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $42
           (local.get $4)
          )
          (local.set $43
           (i32.add
            (i32.mul
             (local.get $41)
             (i32.const 144)
            )
            (local.get $42)
           )
          )
          (local.set $44
           (local.get $42)
          )
          (local.set $45
           (v128.load offset=77440 align=4
            (i32.shl
             (local.get $44)
             (i32.const 2)
            )
           )
          )
          (local.set $46
           (f32x4.add
            (local.get $40)
            (local.get $45)
           )
          )
          (local.get $46)
         )
        )
        (v128.store offset=813936 align=4
         (local.get $9)
         (block (result v128)
          (local.set $47
           (local.get $13)
          )
          (local.set $48
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $49
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $50
           (i32.add
            (i32.mul
             (local.get $48)
             (i32.const 144)
            )
            (local.get $49)
           )
          )
          (local.set $51
           (local.get $49)
          )
          (local.set $52
           (v128.load offset=77440 align=4
            (i32.shl
             (local.get $51)
             (i32.const 2)
            )
           )
          )
          (local.set $53
           (f32x4.add
            (local.get $47)
            (local.get $52)
           )
          )
          (local.get $53)
         )
        )
        (v128.store offset=814496 align=4
         (local.get $9)
         (block (result v128)
          (local.set $54
           (local.get $14)
          )
          (local.set $55
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $56
           (local.get $4)
          )
          (local.set $57
           (i32.add
            (i32.mul
             (local.get $55)
             (i32.const 144)
            )
            (local.get $56)
           )
          )
          (local.set $58
           (local.get $56)
          )
          (local.set $59
           (v128.load offset=77440 align=4
            (i32.shl
             (local.get $58)
             (i32.const 2)
            )
           )
          )
          (local.set $60
           (f32x4.add
            (local.get $54)
            (local.get $59)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=814512 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=77440 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (f32x4.add
            (local.get $61)
            (local.get $66)
           )
          )
          (local.get $67)
         )
        )
        (v128.store offset=815072 align=4
         (local.get $9)
         (block (result v128)
          (local.set $68
           (local.get $16)
          )
          (local.set $69
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $70
           (local.get $4)
          )
          (local.set $71
           (i32.add
            (i32.mul
             (local.get $69)
             (i32.const 144)
            )
            (local.get $70)
           )
          )
          (local.set $72
           (local.get $70)
          )
          (local.set $73
           (v128.load offset=77440 align=4
            (i32.shl
             (local.get $72)
             (i32.const 2)
            )
           )
          )
          (local.set $74
           (f32x4.add
            (local.get $68)
            (local.get $73)
           )
          )
          (local.get $74)
         )
        )
        (v128.store offset=815088 align=4
         (local.get $9)
         (block (result v128)
          (local.set $75
           (local.get $17)
          )
          (local.set $76
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $77
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $78
           (i32.add
            (i32.mul
             (local.get $76)
             (i32.const 144)
            )
            (local.get $77)
           )
          )
          (local.set $79
           (local.get $77)
          )
          (local.set $80
           (v128.load offset=77440 align=4
            (i32.shl
             (local.get $79)
             (i32.const 2)
            )
           )
          )
          (local.set $81
           (f32x4.add
            (local.get $75)
            (local.get $80)
           )
          )
          (local.get $81)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows3
         (i32.ne
          (local.tee $82
           (i32.sub
            (local.get $82)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel2
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k48_gru_backward_matmul_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k48_gru_backward_matmul_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k49_gru_backward_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 i32)
  (local $24 i32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 f32)
  (local $32 f32)
  (local $33 f32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 f32)
  (local $40 f32)
  (local $41 f32)
  (local $42 f32)
  (local $43 f32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 f32)
  (local $50 f32)
  (local $51 f32)
  (local $52 f32)
  (local $53 f32)
  (local $54 i32)
  (local $55 i32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 f32)
  (local $61 f32)
  (local $62 f32)
  (local $63 f32)
  (local $64 i32)
  (local $65 i32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (local $72 f32)
  (local $73 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=779552
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 2160)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (local.get $10)
        )
        (local.set $24
         (local.get $10)
        )
        (local.set $25
         (f32.load offset=78016
          (i32.shl
           (local.get $24)
           (i32.const 2)
          )
         )
        )
        (local.set $26
         (local.get $25)
        )
        (local.set $27
         (local.get $26)
        )
        (local.set $28
         (f32.add
          (local.get $22)
          (local.get $27)
         )
        )
        (local.set $29
         (f32.mul
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $29)
           )
          )
         )
        )
        (local.set $31
         (f32.mul
          (local.get $30)
          (f32.const 0.5)
         )
        )
        (local.set $32
         (f32.add
          (local.get $31)
          (f32.const 0.5)
         )
        )
        (local.set $33
         (f32.sub
          (f32.const 1)
          (local.get $32)
         )
        )
        (local.set $34
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $35
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $34)
         )
        )
        (local.set $36
         (i32.div_u
          (local.get $35)
          (i32.const 144)
         )
        )
        (local.set $37
         (i32.rem_u
          (local.get $35)
          (i32.const 144)
         )
        )
        (local.set $38
         (i32.add
          (i32.add
           (i32.mul
            (local.get $36)
            (i32.const 2304)
           )
           (local.get $37)
          )
          (i32.const 2160)
         )
        )
        (local.set $39
         (f32.load offset=813344
          (i32.shl
           (local.get $38)
           (i32.const 2)
          )
         )
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (local.get $40)
        )
        (local.set $42
         (local.get $41)
        )
        (local.set $43
         (local.get $42)
        )
        (local.set $44
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $45
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $44)
         )
        )
        (local.set $46
         (i32.div_u
          (local.get $45)
          (i32.const 144)
         )
        )
        (local.set $47
         (i32.rem_u
          (local.get $45)
          (i32.const 144)
         )
        )
        (local.set $48
         (i32.add
          (i32.add
           (i32.mul
            (local.get $46)
            (i32.const 2304)
           )
           (local.get $47)
          )
          (i32.const 2160)
         )
        )
        (local.set $49
         (f32.load offset=813344
          (i32.shl
           (local.get $48)
           (i32.const 2)
          )
         )
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (local.get $50)
        )
        (local.set $52
         (local.get $51)
        )
        (local.set $53
         (local.get $52)
        )
        (local.set $54
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $55
         (local.get $54)
        )
        (local.set $56
         (f32.load offset=78016
          (i32.shl
           (local.get $55)
           (i32.const 2)
          )
         )
        )
        (local.set $57
         (local.get $56)
        )
        (local.set $58
         (local.get $57)
        )
        (local.set $59
         (f32.add
          (local.get $53)
          (local.get $58)
         )
        )
        (local.set $60
         (f32.mul
          (local.get $59)
          (f32.const 0.5)
         )
        )
        (local.set $61
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $60)
           )
          )
         )
        )
        (local.set $62
         (f32.mul
          (local.get $61)
          (f32.const 0.5)
         )
        )
        (local.set $63
         (f32.add
          (local.get $62)
          (f32.const 0.5)
         )
        )
        (local.set $64
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $65
         (local.get $64)
        )
        (local.set $66
         (f32.load offset=78016
          (i32.shl
           (local.get $65)
           (i32.const 2)
          )
         )
        )
        (local.set $67
         (local.get $66)
        )
        (local.set $68
         (local.get $67)
        )
        (local.set $69
         (f32.mul
          (local.get $63)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $43)
          (local.get $69)
         )
        )
        (local.set $71
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $70)
           )
          )
         )
        )
        (local.set $72
         (f32.mul
          (local.get $33)
          (local.get $71)
         )
        )
        (local.set $73
         (select
          (local.get $72)
          (f32.const 0)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=83744
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $73)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k50_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=83744
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=83936
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=84128
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=84320
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=96032 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=96048 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=96608 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=96624 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=97184 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=97200 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=97760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=97776 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k50_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k50_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k51_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=779296
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 2016)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=96032
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 2016)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 2016)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=96032
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=96032
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=83744
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=132896
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k52_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=132896
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133088
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133280
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133472
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k52_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k52_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k53_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=779040
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1872)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1872)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1872)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=132896
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=120608
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k54_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=120608
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120800
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120992
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=121184
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k54_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k54_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k55_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=778784
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1728)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1728)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1728)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=120608
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=132896
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k56_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=132896
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133088
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133280
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133472
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k56_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k56_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k57_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=778528
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1584)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1584)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1584)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=132896
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=120608
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k58_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=120608
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120800
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120992
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=121184
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k58_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k58_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k59_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=778272
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1440)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1440)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1440)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=120608
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=132896
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k60_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=132896
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133088
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133280
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133472
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k60_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k60_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k61_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=778016
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1296)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1296)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1296)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=132896
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=120608
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k62_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=120608
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120800
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120992
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=121184
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k62_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k62_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k63_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=777760
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1152)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1152)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1152)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=120608
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=132896
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k64_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=132896
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133088
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133280
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133472
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k64_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k64_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k65_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=777504
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 1008)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 1008)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 1008)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=132896
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=120608
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k66_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=120608
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120800
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120992
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=121184
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k66_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k66_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k67_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=777248
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 864)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 864)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 864)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=120608
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=132896
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k68_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=132896
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133088
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133280
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133472
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k68_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k68_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k69_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=776992
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 720)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 720)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 720)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=132896
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=120608
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k70_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=120608
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120800
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120992
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=121184
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k70_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k70_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k71_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=776736
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 576)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 576)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 576)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=120608
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=132896
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k72_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=132896
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133088
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133280
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133472
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k72_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k72_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k73_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=776480
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 432)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 432)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 432)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=132896
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=120608
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k74_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=120608
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120800
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120992
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=121184
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k74_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k74_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k75_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=776224
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 288)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 288)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 288)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=120608
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=132896
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k76_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=132896
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133088
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133280
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=133472
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k76_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k76_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k77_reshape_slice_add_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 f32)
  (local $37 f32)
  (local $38 f32)
  (local $39 f32)
  (local $40 f32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 f32)
  (local $47 f32)
  (local $48 f32)
  (local $49 f32)
  (local $50 f32)
  (local $51 i32)
  (local $52 i32)
  (local $53 f32)
  (local $54 f32)
  (local $55 f32)
  (local $56 f32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 i32)
  (local $61 i32)
  (local $62 f32)
  (local $63 f32)
  (local $64 f32)
  (local $65 f32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (block
   (local.set $9
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $9)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $10
        (i32.const 0)
       )
       (loop $for0
        (local.set $11
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 48)
          )
          (local.get $10)
         )
        )
        (local.set $12
         (local.get $9)
        )
        (local.set $13
         (f32.load offset=788512
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
        )
        (local.set $14
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $10)
         )
        )
        (local.set $15
         (i32.div_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $16
         (i32.rem_u
          (local.get $14)
          (i32.const 144)
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.mul
            (local.get $15)
            (i32.const 2304)
           )
           (local.get $16)
          )
          (i32.const 144)
         )
        )
        (local.set $18
         (f32.load offset=813344
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (local.get $18)
        )
        (local.set $20
         (local.get $19)
        )
        (local.set $21
         (local.get $20)
        )
        (local.set $22
         (local.get $21)
        )
        (local.set $23
         (f32.load offset=83744
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
        )
        (local.set $24
         (local.get $23)
        )
        (local.set $25
         (f32.add
          (local.get $22)
          (local.get $24)
         )
        )
        (local.set $26
         (f32.mul
          (local.get $25)
          (f32.const 0.5)
         )
        )
        (local.set $27
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $26)
           )
          )
         )
        )
        (local.set $28
         (f32.mul
          (local.get $27)
          (f32.const 0.5)
         )
        )
        (local.set $29
         (f32.add
          (local.get $28)
          (f32.const 0.5)
         )
        )
        (local.set $30
         (f32.sub
          (f32.const 1)
          (local.get $29)
         )
        )
        (local.set $31
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $32
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $31)
         )
        )
        (local.set $33
         (i32.div_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $34
         (i32.rem_u
          (local.get $32)
          (i32.const 144)
         )
        )
        (local.set $35
         (i32.add
          (i32.add
           (i32.mul
            (local.get $33)
            (i32.const 2304)
           )
           (local.get $34)
          )
          (i32.const 144)
         )
        )
        (local.set $36
         (f32.load offset=813344
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.set $37
         (local.get $36)
        )
        (local.set $38
         (local.get $37)
        )
        (local.set $39
         (local.get $38)
        )
        (local.set $40
         (local.get $39)
        )
        (local.set $41
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $42
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $41)
         )
        )
        (local.set $43
         (i32.div_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $44
         (i32.rem_u
          (local.get $42)
          (i32.const 144)
         )
        )
        (local.set $45
         (i32.add
          (i32.add
           (i32.mul
            (local.get $43)
            (i32.const 2304)
           )
           (local.get $44)
          )
          (i32.const 144)
         )
        )
        (local.set $46
         (f32.load offset=813344
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
        )
        (local.set $47
         (local.get $46)
        )
        (local.set $48
         (local.get $47)
        )
        (local.set $49
         (local.get $48)
        )
        (local.set $50
         (local.get $49)
        )
        (local.set $51
         (i32.add
          (local.get $10)
          (i32.const 48)
         )
        )
        (local.set $52
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $51)
         )
        )
        (local.set $53
         (f32.load offset=83744
          (i32.shl
           (local.get $52)
           (i32.const 2)
          )
         )
        )
        (local.set $54
         (local.get $53)
        )
        (local.set $55
         (f32.add
          (local.get $50)
          (local.get $54)
         )
        )
        (local.set $56
         (f32.mul
          (local.get $55)
          (f32.const 0.5)
         )
        )
        (local.set $57
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $56)
           )
          )
         )
        )
        (local.set $58
         (f32.mul
          (local.get $57)
          (f32.const 0.5)
         )
        )
        (local.set $59
         (f32.add
          (local.get $58)
          (f32.const 0.5)
         )
        )
        (local.set $60
         (i32.add
          (local.get $10)
          (i32.const 96)
         )
        )
        (local.set $61
         (i32.add
          (i32.mul
           (local.get $9)
           (i32.const 144)
          )
          (local.get $60)
         )
        )
        (local.set $62
         (f32.load offset=83744
          (i32.shl
           (local.get $61)
           (i32.const 2)
          )
         )
        )
        (local.set $63
         (local.get $62)
        )
        (local.set $64
         (f32.mul
          (local.get $59)
          (local.get $63)
         )
        )
        (local.set $65
         (f32.add
          (local.get $40)
          (local.get $64)
         )
        )
        (local.set $66
         (f32x4.extract_lane 0
          (call $gf_tanh_f32x4
           (f32x4.splat
            (local.get $65)
           )
          )
         )
        )
        (local.set $67
         (f32.mul
          (local.get $30)
          (local.get $66)
         )
        )
        (local.set $68
         (f32.load offset=132896
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $69
         (f32.mul
          (local.get $29)
          (local.get $68)
         )
        )
        (local.set $70
         (f32.add
          (local.get $67)
          (local.get $69)
         )
        )
        (local.set $71
         (select
          (local.get $70)
          (local.get $68)
          (f32.ne
           (local.get $13)
           (f32.const 0)
          )
         )
        )
        (f32.store offset=120608
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
         (local.get $71)
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $10)
          (i32.const 48)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $9)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k78_gru_backward_matmul_reshape_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 18)
      (i32.lt_s
       (local.get $1)
       (i32.const 18)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $85
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 192)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 27648)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=49792 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=49808 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=120608
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120800
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=120992
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=121184
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 576)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 576)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=83744 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 144)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (local.get $26)
          )
          (local.set $28
           (f32x4.add
            (local.get $27)
            (local.get $21)
           )
          )
          (local.get $28)
         )
        )
        (v128.store offset=83760 align=4
         (local.get $9)
         (block (result v128)
          (local.set $29
           (local.get $11)
          )
          (local.set $30
           (local.get $3)
          )
          (local.set $31
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $32
           (i32.add
            (i32.mul
             (local.get $30)
             (i32.const 144)
            )
            (local.get $31)
           )
          )
          (local.set $33
           (local.get $31)
          )
          (local.set $34
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $33)
             (i32.const 2)
            )
           )
          )
          (local.set $35
           (local.get $34)
          )
          (local.set $36
           (f32x4.add
            (local.get $35)
            (local.get $29)
           )
          )
          (local.get $36)
         )
        )
        (v128.store offset=84320 align=4
         (local.get $9)
         (block (result v128)
          (local.set $37
           (local.get $12)
          )
          (local.set $38
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $39
           (local.get $4)
          )
          (local.set $40
           (i32.add
            (i32.mul
             (local.get $38)
             (i32.const 144)
            )
            (local.get $39)
           )
          )
          (local.set $41
           (local.get $39)
          )
          (local.set $42
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $41)
             (i32.const 2)
            )
           )
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (f32x4.add
            (local.get $43)
            (local.get $37)
           )
          )
          (local.get $44)
         )
        )
        (v128.store offset=84336 align=4
         (local.get $9)
         (block (result v128)
          (local.set $45
           (local.get $13)
          )
          (local.set $46
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $47
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $48
           (i32.add
            (i32.mul
             (local.get $46)
             (i32.const 144)
            )
            (local.get $47)
           )
          )
          (local.set $49
           (local.get $47)
          )
          (local.set $50
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (f32x4.add
            (local.get $51)
            (local.get $45)
           )
          )
          (local.get $52)
         )
        )
        (v128.store offset=84896 align=4
         (local.get $9)
         (block (result v128)
          (local.set $53
           (local.get $14)
          )
          (local.set $54
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $55
           (local.get $4)
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $54)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (local.get $55)
          )
          (local.set $58
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $57)
             (i32.const 2)
            )
           )
          )
          (local.set $59
           (local.get $58)
          )
          (local.set $60
           (f32x4.add
            (local.get $59)
            (local.get $53)
           )
          )
          (local.get $60)
         )
        )
        (v128.store offset=84912 align=4
         (local.get $9)
         (block (result v128)
          (local.set $61
           (local.get $15)
          )
          (local.set $62
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $63
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $64
           (i32.add
            (i32.mul
             (local.get $62)
             (i32.const 144)
            )
            (local.get $63)
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32x4.add
            (local.get $67)
            (local.get $61)
           )
          )
          (local.get $68)
         )
        )
        (v128.store offset=85472 align=4
         (local.get $9)
         (block (result v128)
          (local.set $69
           (local.get $16)
          )
          (local.set $70
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $71
           (local.get $4)
          )
          (local.set $72
           (i32.add
            (i32.mul
             (local.get $70)
             (i32.const 144)
            )
            (local.get $71)
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $73)
             (i32.const 2)
            )
           )
          )
          (local.set $75
           (local.get $74)
          )
          (local.set $76
           (f32x4.add
            (local.get $75)
            (local.get $69)
           )
          )
          (local.get $76)
         )
        )
        (v128.store offset=85488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $77
           (local.get $17)
          )
          (local.set $78
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $79
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $78)
             (i32.const 144)
            )
            (local.get $79)
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.load offset=78016 align=4
            (i32.shl
             (local.get $81)
             (i32.const 2)
            )
           )
          )
          (local.set $83
           (local.get $82)
          )
          (local.set $84
           (f32x4.add
            (local.get $83)
            (local.get $77)
           )
          )
          (local.get $84)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $85
           (i32.sub
            (local.get $85)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 18)
         (i32.lt_s
          (local.get $1)
          (i32.const 18)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k78_gru_backward_matmul_reshape_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k78_gru_backward_matmul_reshape_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k79_reshape_slice_add_5more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 f32)
  (local $15 i32)
  (local $16 i32)
  (local $17 f32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 f32)
  (local $23 f32)
  (local $24 f32)
  (local $25 f32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 f32)
  (local $32 f32)
  (local $33 f32)
  (local $34 f32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 f32)
  (local $41 f32)
  (local $42 f32)
  (local $43 f32)
  (local $44 f32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 f32)
  (local $51 f32)
  (local $52 f32)
  (local $53 f32)
  (local $54 f32)
  (local $55 i32)
  (local $56 i32)
  (local $57 f32)
  (local $58 f32)
  (local $59 f32)
  (local $60 f32)
  (local $61 f32)
  (local $62 f32)
  (local $63 f32)
  (local $64 i32)
  (local $65 i32)
  (local $66 f32)
  (local $67 f32)
  (local $68 f32)
  (local $69 f32)
  (local $70 f32)
  (local $71 f32)
  (local $72 f32)
  (local $73 f32)
  (local $74 f32)
  (local $75 f32)
  (local $76 i32)
  (local $77 i32)
  (local $78 i32)
  (local $79 f32)
  (local $80 i32)
  (local $81 i32)
  (local $82 i32)
  (local $83 i32)
  (local $84 f32)
  (local $85 f32)
  (local $86 f32)
  (local $87 f32)
  (local $88 f32)
  (local $89 f32)
  (local $90 f32)
  (local $91 f32)
  (local $92 f32)
  (local $93 f32)
  (local $94 f32)
  (local $95 f32)
  (local $96 f32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 f32)
  (local $103 f32)
  (local $104 f32)
  (local $105 f32)
  (local $106 f32)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 f32)
  (local $113 f32)
  (local $114 f32)
  (local $115 f32)
  (local $116 f32)
  (local $117 i32)
  (local $118 i32)
  (local $119 f32)
  (local $120 f32)
  (local $121 f32)
  (local $122 f32)
  (local $123 f32)
  (local $124 f32)
  (local $125 f32)
  (local $126 i32)
  (local $127 i32)
  (local $128 f32)
  (local $129 f32)
  (local $130 f32)
  (local $131 f32)
  (local $132 f32)
  (local $133 f32)
  (local $134 f32)
  (local $135 f32)
  (local $136 f32)
  (local $137 f32)
  (local $138 f32)
  (block
   (local.set $11
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $11)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (block
       (local.set $12
        (i32.const 0)
       )
       (loop $for0
        (local.set $13
         (i32.add
          (i32.mul
           (local.get $11)
           (i32.const 96)
          )
          (local.get $12)
         )
        )
        (if
         (i32.lt_s
          (local.get $12)
          (i32.const 48)
         )
         (then
          (local.set $15
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 48)
            )
            (local.get $12)
           )
          )
          (local.set $16
           (local.get $11)
          )
          (local.set $17
           (f32.load offset=779552
            (i32.shl
             (local.get $16)
             (i32.const 2)
            )
           )
          )
          (local.set $18
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $12)
           )
          )
          (local.set $19
           (i32.div_u
            (local.get $18)
            (i32.const 144)
           )
          )
          (local.set $20
           (i32.rem_u
            (local.get $18)
            (i32.const 144)
           )
          )
          (local.set $21
           (i32.add
            (i32.add
             (i32.mul
              (local.get $19)
              (i32.const 2304)
             )
             (local.get $20)
            )
            (i32.const 2160)
           )
          )
          (local.set $22
           (f32.load offset=149280
            (i32.shl
             (local.get $21)
             (i32.const 2)
            )
           )
          )
          (local.set $23
           (local.get $22)
          )
          (local.set $24
           (local.get $23)
          )
          (local.set $25
           (local.get $24)
          )
          (local.set $26
           (local.get $25)
          )
          (local.set $27
           (f32.load offset=739360
            (i32.shl
             (local.get $18)
             (i32.const 2)
            )
           )
          )
          (local.set $28
           (local.get $27)
          )
          (local.set $29
           (f32.add
            (local.get $26)
            (local.get $28)
           )
          )
          (local.set $30
           (f32.mul
            (local.get $29)
            (f32.const 0.5)
           )
          )
          (local.set $31
           (f32x4.extract_lane 0
            (call $gf_tanh_f32x4
             (f32x4.splat
              (local.get $30)
             )
            )
           )
          )
          (local.set $32
           (f32.mul
            (local.get $31)
            (f32.const 0.5)
           )
          )
          (local.set $33
           (f32.add
            (local.get $32)
            (f32.const 0.5)
           )
          )
          (local.set $34
           (f32.sub
            (f32.const 1)
            (local.get $33)
           )
          )
          (local.set $35
           (i32.add
            (local.get $12)
            (i32.const 96)
           )
          )
          (local.set $36
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $35)
           )
          )
          (local.set $37
           (i32.div_u
            (local.get $36)
            (i32.const 144)
           )
          )
          (local.set $38
           (i32.rem_u
            (local.get $36)
            (i32.const 144)
           )
          )
          (local.set $39
           (i32.add
            (i32.add
             (i32.mul
              (local.get $37)
              (i32.const 2304)
             )
             (local.get $38)
            )
            (i32.const 2160)
           )
          )
          (local.set $40
           (f32.load offset=149280
            (i32.shl
             (local.get $39)
             (i32.const 2)
            )
           )
          )
          (local.set $41
           (local.get $40)
          )
          (local.set $42
           (local.get $41)
          )
          (local.set $43
           (local.get $42)
          )
          (local.set $44
           (local.get $43)
          )
          (local.set $45
           (i32.add
            (local.get $12)
            (i32.const 48)
           )
          )
          (local.set $46
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $45)
           )
          )
          (local.set $47
           (i32.div_u
            (local.get $46)
            (i32.const 144)
           )
          )
          (local.set $48
           (i32.rem_u
            (local.get $46)
            (i32.const 144)
           )
          )
          (local.set $49
           (i32.add
            (i32.add
             (i32.mul
              (local.get $47)
              (i32.const 2304)
             )
             (local.get $48)
            )
            (i32.const 2160)
           )
          )
          (local.set $50
           (f32.load offset=149280
            (i32.shl
             (local.get $49)
             (i32.const 2)
            )
           )
          )
          (local.set $51
           (local.get $50)
          )
          (local.set $52
           (local.get $51)
          )
          (local.set $53
           (local.get $52)
          )
          (local.set $54
           (local.get $53)
          )
          (local.set $55
           (i32.add
            (local.get $12)
            (i32.const 48)
           )
          )
          (local.set $56
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $55)
           )
          )
          (local.set $57
           (f32.load offset=739360
            (i32.shl
             (local.get $56)
             (i32.const 2)
            )
           )
          )
          (local.set $58
           (local.get $57)
          )
          (local.set $59
           (f32.add
            (local.get $54)
            (local.get $58)
           )
          )
          (local.set $60
           (f32.mul
            (local.get $59)
            (f32.const 0.5)
           )
          )
          (local.set $61
           (f32x4.extract_lane 0
            (call $gf_tanh_f32x4
             (f32x4.splat
              (local.get $60)
             )
            )
           )
          )
          (local.set $62
           (f32.mul
            (local.get $61)
            (f32.const 0.5)
           )
          )
          (local.set $63
           (f32.add
            (local.get $62)
            (f32.const 0.5)
           )
          )
          (local.set $64
           (i32.add
            (local.get $12)
            (i32.const 96)
           )
          )
          (local.set $65
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $64)
           )
          )
          (local.set $66
           (f32.load offset=739360
            (i32.shl
             (local.get $65)
             (i32.const 2)
            )
           )
          )
          (local.set $67
           (local.get $66)
          )
          (local.set $68
           (f32.mul
            (local.get $63)
            (local.get $67)
           )
          )
          (local.set $69
           (f32.add
            (local.get $44)
            (local.get $68)
           )
          )
          (local.set $70
           (f32x4.extract_lane 0
            (call $gf_tanh_f32x4
             (f32x4.splat
              (local.get $69)
             )
            )
           )
          )
          (local.set $71
           (f32.mul
            (local.get $34)
            (local.get $70)
           )
          )
          (local.set $72
           (f32.load offset=801056
            (i32.shl
             (local.get $15)
             (i32.const 2)
            )
           )
          )
          (local.set $73
           (f32.mul
            (local.get $33)
            (local.get $72)
           )
          )
          (local.set $74
           (f32.add
            (local.get $71)
            (local.get $73)
           )
          )
          (local.set $75
           (select
            (local.get $74)
            (local.get $72)
            (f32.ne
             (local.get $17)
             (f32.const 0)
            )
           )
          )
          (local.set $14
           (local.get $75)
          )
         )
         (else
          (local.set $76
           (i32.add
            (local.get $12)
            (i32.const -48)
           )
          )
          (local.set $77
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 48)
            )
            (local.get $76)
           )
          )
          (local.set $78
           (local.get $11)
          )
          (local.set $79
           (f32.load offset=739104
            (i32.shl
             (local.get $78)
             (i32.const 2)
            )
           )
          )
          (local.set $80
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $76)
           )
          )
          (local.set $81
           (i32.div_u
            (local.get $80)
            (i32.const 144)
           )
          )
          (local.set $82
           (i32.rem_u
            (local.get $80)
            (i32.const 144)
           )
          )
          (local.set $83
           (i32.add
            (i32.mul
             (local.get $81)
             (i32.const 2304)
            )
            (local.get $82)
           )
          )
          (local.set $84
           (f32.load offset=813344
            (i32.shl
             (local.get $83)
             (i32.const 2)
            )
           )
          )
          (local.set $85
           (local.get $84)
          )
          (local.set $86
           (local.get $85)
          )
          (local.set $87
           (local.get $86)
          )
          (local.set $88
           (local.get $87)
          )
          (local.set $89
           (f32.load offset=83744
            (i32.shl
             (local.get $80)
             (i32.const 2)
            )
           )
          )
          (local.set $90
           (local.get $89)
          )
          (local.set $91
           (f32.add
            (local.get $88)
            (local.get $90)
           )
          )
          (local.set $92
           (f32.mul
            (local.get $91)
            (f32.const 0.5)
           )
          )
          (local.set $93
           (f32x4.extract_lane 0
            (call $gf_tanh_f32x4
             (f32x4.splat
              (local.get $92)
             )
            )
           )
          )
          (local.set $94
           (f32.mul
            (local.get $93)
            (f32.const 0.5)
           )
          )
          (local.set $95
           (f32.add
            (local.get $94)
            (f32.const 0.5)
           )
          )
          (local.set $96
           (f32.sub
            (f32.const 1)
            (local.get $95)
           )
          )
          (local.set $97
           (i32.add
            (local.get $76)
            (i32.const 96)
           )
          )
          (local.set $98
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $97)
           )
          )
          (local.set $99
           (i32.div_u
            (local.get $98)
            (i32.const 144)
           )
          )
          (local.set $100
           (i32.rem_u
            (local.get $98)
            (i32.const 144)
           )
          )
          (local.set $101
           (i32.add
            (i32.mul
             (local.get $99)
             (i32.const 2304)
            )
            (local.get $100)
           )
          )
          (local.set $102
           (f32.load offset=813344
            (i32.shl
             (local.get $101)
             (i32.const 2)
            )
           )
          )
          (local.set $103
           (local.get $102)
          )
          (local.set $104
           (local.get $103)
          )
          (local.set $105
           (local.get $104)
          )
          (local.set $106
           (local.get $105)
          )
          (local.set $107
           (i32.add
            (local.get $76)
            (i32.const 48)
           )
          )
          (local.set $108
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $107)
           )
          )
          (local.set $109
           (i32.div_u
            (local.get $108)
            (i32.const 144)
           )
          )
          (local.set $110
           (i32.rem_u
            (local.get $108)
            (i32.const 144)
           )
          )
          (local.set $111
           (i32.add
            (i32.mul
             (local.get $109)
             (i32.const 2304)
            )
            (local.get $110)
           )
          )
          (local.set $112
           (f32.load offset=813344
            (i32.shl
             (local.get $111)
             (i32.const 2)
            )
           )
          )
          (local.set $113
           (local.get $112)
          )
          (local.set $114
           (local.get $113)
          )
          (local.set $115
           (local.get $114)
          )
          (local.set $116
           (local.get $115)
          )
          (local.set $117
           (i32.add
            (local.get $76)
            (i32.const 48)
           )
          )
          (local.set $118
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $117)
           )
          )
          (local.set $119
           (f32.load offset=83744
            (i32.shl
             (local.get $118)
             (i32.const 2)
            )
           )
          )
          (local.set $120
           (local.get $119)
          )
          (local.set $121
           (f32.add
            (local.get $116)
            (local.get $120)
           )
          )
          (local.set $122
           (f32.mul
            (local.get $121)
            (f32.const 0.5)
           )
          )
          (local.set $123
           (f32x4.extract_lane 0
            (call $gf_tanh_f32x4
             (f32x4.splat
              (local.get $122)
             )
            )
           )
          )
          (local.set $124
           (f32.mul
            (local.get $123)
            (f32.const 0.5)
           )
          )
          (local.set $125
           (f32.add
            (local.get $124)
            (f32.const 0.5)
           )
          )
          (local.set $126
           (i32.add
            (local.get $76)
            (i32.const 96)
           )
          )
          (local.set $127
           (i32.add
            (i32.mul
             (local.get $11)
             (i32.const 144)
            )
            (local.get $126)
           )
          )
          (local.set $128
           (f32.load offset=83744
            (i32.shl
             (local.get $127)
             (i32.const 2)
            )
           )
          )
          (local.set $129
           (local.get $128)
          )
          (local.set $130
           (f32.mul
            (local.get $125)
            (local.get $129)
           )
          )
          (local.set $131
           (f32.add
            (local.get $106)
            (local.get $130)
           )
          )
          (local.set $132
           (f32x4.extract_lane 0
            (call $gf_tanh_f32x4
             (f32x4.splat
              (local.get $131)
             )
            )
           )
          )
          (local.set $133
           (f32.mul
            (local.get $96)
            (local.get $132)
           )
          )
          (local.set $134
           (f32.load offset=120608
            (i32.shl
             (local.get $77)
             (i32.const 2)
            )
           )
          )
          (local.set $135
           (f32.mul
            (local.get $95)
            (local.get $134)
           )
          )
          (local.set $136
           (f32.add
            (local.get $133)
            (local.get $135)
           )
          )
          (local.set $137
           (select
            (local.get $136)
            (local.get $134)
            (f32.ne
             (local.get $79)
             (f32.const 0)
            )
           )
          )
          (local.set $14
           (local.get $137)
          )
         )
        )
        (local.set $138
         (local.get $14)
        )
        (f32.store offset=1403168
         (i32.shl
          (local.get $13)
          (i32.const 2)
         )
         (local.get $138)
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $12)
          (i32.const 96)
         )
        )
       )
      )
      (local.set $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $11)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k80_out_matmul_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 v128)
  (local $48 v128)
  (local $49 i32)
  (if
   (i32.gt_s
    (local.get $1)
    (i32.const 0)
   )
   (then
    (local.set $4
     (i32.mul
      (i32.const 0)
      (i32.const 8)
     )
    )
    (local.set $5
     (i32.mul
      (i32.const 0)
      (i32.const 32)
     )
    )
    (local.set $3
     (i32.const 0)
    )
    (block
     (local.set $49
      (i32.const 16)
     )
     (loop $rows0
      (local.set $6
       (i32.mul
        (local.get $3)
        (i32.const 384)
       )
      )
      (local.set $7
       (local.get $5)
      )
      (local.set $10
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $12
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $14
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $16
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $8
       (i32.add
        (local.get $7)
        (i32.const 768)
       )
      )
      (loop $k1
       (local.set $18
        (v128.load64_zero offset=78592 align=4
         (local.get $7)
        )
       )
       (local.set $20
        (v128.load32_splat offset=1403168
         (local.get $6)
        )
       )
       (local.set $10
        (f32x4.add
         (local.get $10)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $20
        (v128.load32_splat offset=1403552
         (local.get $6)
        )
       )
       (local.set $12
        (f32x4.add
         (local.get $12)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $20
        (v128.load32_splat offset=1403936
         (local.get $6)
        )
       )
       (local.set $14
        (f32x4.add
         (local.get $14)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $20
        (v128.load32_splat offset=1404320
         (local.get $6)
        )
       )
       (local.set $16
        (f32x4.add
         (local.get $16)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $6
        (i32.add
         (local.get $6)
         (i32.const 4)
        )
       )
       (local.set $7
        (i32.add
         (local.get $7)
         (i32.const 8)
        )
       )
       (br_if $k1
        (i32.ne
         (local.get $7)
         (local.get $8)
        )
       )
      )
      (local.set $9
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 8)
        )
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (local.set $10
       (block (result v128)
        (local.set $21
         (local.get $10)
        )
        (local.set $22
         (local.get $3)
        )
        (local.set $23
         (local.get $4)
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 2)
          )
          (local.get $23)
         )
        )
        (local.set $25
         (local.get $23)
        )
        (local.set $26
         (v128.load offset=79360 align=4
          (i32.shl
           (local.get $25)
           (i32.const 2)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $21)
          (local.get $26)
         )
        )
        (local.get $27)
       )
      )
      (v128.store64_lane offset=79392 align=4 0
       (local.get $9)
       (local.get $10)
      )
      (local.set $12
       (block (result v128)
        (local.set $28
         (local.get $12)
        )
        (local.set $29
         (i32.add
          (local.get $3)
          (i32.const 1)
         )
        )
        (local.set $30
         (local.get $4)
        )
        (local.set $31
         (i32.add
          (i32.mul
           (local.get $29)
           (i32.const 2)
          )
          (local.get $30)
         )
        )
        (local.set $32
         (local.get $30)
        )
        (local.set $33
         (v128.load offset=79360 align=4
          (i32.shl
           (local.get $32)
           (i32.const 2)
          )
         )
        )
        (local.set $34
         (f32x4.add
          (local.get $28)
          (local.get $33)
         )
        )
        (local.get $34)
       )
      )
      (v128.store64_lane offset=79400 align=4 0
       (local.get $9)
       (local.get $12)
      )
      (local.set $14
       (block (result v128)
        (local.set $35
         (local.get $14)
        )
        (local.set $36
         (i32.add
          (local.get $3)
          (i32.const 2)
         )
        )
        (local.set $37
         (local.get $4)
        )
        (local.set $38
         (i32.add
          (i32.mul
           (local.get $36)
           (i32.const 2)
          )
          (local.get $37)
         )
        )
        (local.set $39
         (local.get $37)
        )
        (local.set $40
         (v128.load offset=79360 align=4
          (i32.shl
           (local.get $39)
           (i32.const 2)
          )
         )
        )
        (local.set $41
         (f32x4.add
          (local.get $35)
          (local.get $40)
         )
        )
        (local.get $41)
       )
      )
      (v128.store64_lane offset=79408 align=4 0
       (local.get $9)
       (local.get $14)
      )
      (local.set $16
       (block (result v128)
        (local.set $42
         (local.get $16)
        )
        (local.set $43
         (i32.add
          (local.get $3)
          (i32.const 3)
         )
        )
        (local.set $44
         (local.get $4)
        )
        (local.set $45
         (i32.add
          (i32.mul
           (local.get $43)
           (i32.const 2)
          )
          (local.get $44)
         )
        )
        (local.set $46
         (local.get $44)
        )
        (local.set $47
         (v128.load offset=79360 align=4
          (i32.shl
           (local.get $46)
           (i32.const 2)
          )
         )
        )
        (local.set $48
         (f32x4.add
          (local.get $42)
          (local.get $47)
         )
        )
        (local.get $48)
       )
      )
      (v128.store64_lane offset=79416 align=4 0
       (local.get $9)
       (local.get $16)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (br_if $rows0
       (i32.ne
        (local.tee $49
         (i32.sub
          (local.get $49)
          (i32.const 1)
         )
        )
        (i32.const 0)
       )
      )
     )
    )
   )
  )
 )
 (func $k80_out_matmul_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k80_out_matmul_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k81_rows_reduceMax_reduceSum_div (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 f32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 i32)
  (local $9 f32)
  (local $10 i32)
  (local $11 f32)
  (local $12 i32)
  (local $13 i32)
  (local $14 f32)
  (local $15 f32)
  (local $16 f32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile3
      (local.set $4
       (f32.const -inf)
      )
      (block
       (local.set $5
        (i32.const 0)
       )
       (loop $for0
        (local.set $6
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 2)
          )
          (local.get $5)
         )
        )
        (local.set $7
         (f32.load offset=79392
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (local.set $4
         (f32.max
          (local.get $4)
          (local.get $7)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $5)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $8
       (local.get $3)
      )
      (local.set $9
       (local.get $4)
      )
      (local.set $10
       (local.get $3)
      )
      (f32.store offset=79904
       (i32.shl
        (local.get $10)
        (i32.const 2)
       )
       (local.get $9)
      )
      (local.set $11
       (f32.const 0)
      )
      (block
       (local.set $12
        (i32.const 0)
       )
       (loop $for1
        (local.set $13
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 2)
          )
          (local.get $12)
         )
        )
        (local.set $14
         (f32.load offset=79392
          (i32.shl
           (local.get $13)
           (i32.const 2)
          )
         )
        )
        (local.set $15
         (f32.sub
          (local.get $14)
          (local.get $9)
         )
        )
        (local.set $16
         (f32x4.extract_lane 0
          (call $gf_exp_f32x4
           (f32x4.splat
            (local.get $15)
           )
          )
         )
        )
        (local.set $11
         (f32.add
          (local.get $11)
          (local.get $16)
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (br_if $for1
         (i32.lt_s
          (local.get $12)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $17
       (local.get $3)
      )
      (f32.store offset=80160
       (i32.shl
        (local.get $17)
        (i32.const 2)
       )
       (local.get $11)
      )
      (block
       (local.set $18
        (i32.const 0)
       )
       (loop $for2
        (local.set $19
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 2)
          )
          (local.get $18)
         )
        )
        (local.set $20
         (f32.load offset=79392
          (i32.shl
           (local.get $19)
           (i32.const 2)
          )
         )
        )
        (local.set $21
         (f32.sub
          (local.get $20)
          (local.get $9)
         )
        )
        (local.set $22
         (f32x4.extract_lane 0
          (call $gf_exp_f32x4
           (f32x4.splat
            (local.get $21)
           )
          )
         )
        )
        (local.set $23
         (f32.div
          (local.get $22)
          (local.get $11)
         )
        )
        (f32.store offset=80416
         (i32.shl
          (local.get $19)
          (i32.const 2)
         )
         (local.get $23)
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 1)
         )
        )
        (br_if $for2
         (i32.lt_s
          (local.get $18)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile3
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k82_reshape_compare_log_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 f32)
  (local $5 f32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 f32)
  (local $15 f32)
  (local $16 f32)
  (local $17 f32)
  (local $18 f32)
  (local $19 f32)
  (local $20 f32)
  (local $21 i32)
  (local $22 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (local.set $4
       (f32.const 0)
      )
      (block
       (local.set $6
        (i32.const 0)
       )
       (loop $for0
        (local.set $7
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 2)
          )
          (local.get $6)
         )
        )
        (local.set $8
         (local.get $3)
        )
        (local.set $9
         (i32.load offset=83488
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $10
         (local.get $9)
        )
        (local.set $11
         (local.get $6)
        )
        (local.set $12
         (i32.load offset=79376
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $13
         (f32.convert_i32_u
          (i32.eq
           (local.get $10)
           (local.get $12)
          )
         )
        )
        (local.set $14
         (f32.load offset=79392
          (i32.shl
           (local.get $7)
           (i32.const 2)
          )
         )
        )
        (local.set $15
         (f32.load offset=79904
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $16
         (f32.sub
          (local.get $14)
          (local.get $15)
         )
        )
        (local.set $17
         (f32.load offset=80160
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $18
         (f32x4.extract_lane 0
          (call $gf_log_f32x4
           (f32x4.splat
            (local.get $17)
           )
          )
         )
        )
        (local.set $19
         (f32.sub
          (local.get $16)
          (local.get $18)
         )
        )
        (local.set $20
         (f32.mul
          (local.get $13)
          (local.get $19)
         )
        )
        (local.set $4
         (f32.add
          (local.get $4)
          (local.get $20)
         )
        )
        (local.set $6
         (i32.add
          (local.get $6)
          (i32.const 1)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $21
       (local.get $3)
      )
      (local.set $22
       (f32.neg
        (local.get $4)
       )
      )
      (f32.store offset=80928
       (i32.shl
        (local.get $21)
        (i32.const 2)
       )
       (local.get $22)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k83_reduceSum_div (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 f32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 f32)
  (local.set $3
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block
   (local.set $5
    (i32.const 0)
   )
   (loop $for0
    (local.set $6
     (local.get $5)
    )
    (local.set $7
     (v128.load offset=80928 align=4
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $3
     (f32x4.add
      (local.get $3)
      (local.get $7)
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 4)
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.get $5)
      (i32.const 64)
     )
    )
   )
  )
  (local.set $4
   (f32.add
    (f32.add
     (f32x4.extract_lane 0
      (local.get $3)
     )
     (f32x4.extract_lane 1
      (local.get $3)
     )
    )
    (f32.add
     (f32x4.extract_lane 2
      (local.get $3)
     )
     (f32x4.extract_lane 3
      (local.get $3)
     )
    )
   )
  )
  (local.set $8
   (f32.div
    (local.get $4)
    (f32.const 64)
   )
  )
  (f32.store offset=79904
   (i32.const 0)
   (local.get $8)
  )
 )
 (func $char_rnn_names
  (call $k0_embed_gather_reshape
   (i32.const 0)
   (i32.const 0)
   (i32.const 1024)
  )
  (call $k1_gru_forward_matmul_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k2_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k3_gru_forward_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k4_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k5_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k6_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k7_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k8_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k9_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k10_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k11_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k12_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k13_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k14_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k15_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k16_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k17_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k18_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k19_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k20_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k21_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k22_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k23_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k24_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k25_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k26_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k27_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k28_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k29_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k30_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k31_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k32_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k33_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k34_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k35_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k36_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k37_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k38_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k39_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k40_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k41_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k42_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k43_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k44_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k45_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k46_gru_forward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k47_compare_slice
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k48_gru_backward_matmul_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k49_gru_backward_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k50_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k51_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k52_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k53_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k54_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k55_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k56_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k57_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k58_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k59_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k60_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k61_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k62_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k63_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k64_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k65_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k66_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k67_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k68_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k69_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k70_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k71_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k72_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k73_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k74_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k75_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k76_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k77_reshape_slice_add_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k78_gru_backward_matmul_reshape_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 18)
  )
  (call $k79_reshape_slice_add_5more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k80_out_matmul_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k81_rows_reduceMax_reduceSum_div
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k82_reshape_compare_log_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k83_reduceSum_div
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (nop)
 )
)
